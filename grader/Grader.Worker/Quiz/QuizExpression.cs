namespace Grader.Worker.Quiz;

/// <summary>An answer (or key) that passed every check: the C# to compile, rendered from the
/// checked syntax tree (never the text as typed), over <see cref="Parameters"/>.</summary>
internal sealed record QuizExpression(string Code, IReadOnlyList<string> Parameters, bool IsVector, int Length)
{
    /// <summary>The expression as a typed lambda: Func&lt;double, …, double&gt; by parameter count,
    /// Func&lt;…, double[]&gt; for an array, Func&lt;double&gt; for a constant.</summary>
    public string Lambda =>
        $"(System.Func<{string.Concat(Parameters.Select(_ => "double, "))}{(IsVector ? "double[]" : "double")}>)" +
        $"(({string.Join(", ", Parameters.Select(p => "double " + p))}) => {Code})";
}
