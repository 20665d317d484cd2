namespace Grader.Quiz;

/// <summary>A student's answers by question id, and what to tell them about how the file was read.</summary>
public sealed record QuizAnswerSheet(IReadOnlyDictionary<string, string> Answers, IReadOnlyList<string> Notes)
{
    public static QuizAnswerSheet Missing(string note) => new(new Dictionary<string, string>(), [note]);
}
