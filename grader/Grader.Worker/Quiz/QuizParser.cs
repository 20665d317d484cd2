using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Worker.Quiz;

/// <summary>From typed text to a checked <see cref="QuizExpression"/>, or the one sentence that
/// says why not. In order: size, the classic slips (so the student reads the specific advice),
/// syntax, the optional lambda wrapper, the allow-list. Nothing here compiles or runs anything.</summary>
internal static class QuizParser
{
    public const int MaxLength = 1000;

    /// <summary>Roslyn's parser recurses per bracket; far below the depth that could hurt it.</summary>
    private const int MaxDepth = 40;

    private static readonly CSharpParseOptions Options = new(LanguageVersion.Latest);

    public static (QuizExpression? expression, string? problem) Parse(string text, IReadOnlyList<string> parameters)
    {
        text = text.Trim();
        // A habit from writing statements; harmless to forgive.
        if (text.EndsWith(';')) text = text[..^1].TrimEnd();
        if (text.Length > MaxLength) return (null, QuizFeedback.TooLong(text.Length, MaxLength));
        if (Depth(text) > MaxDepth) return (null, QuizFeedback.TooDeep);
        // '#' occurs in no allowed answer; it could only start a directive (#r, #load), which the
        // parser would keep as trivia the renderer drops. Say so rather than ignore it.
        var hash = text.IndexOf('#');
        if (hash >= 0) return (null, QuizFeedback.NotAllowed(parameters, QuizAllowList.Short(text[hash..])));
        // { 7, 6 }: an array written as in maths ([7, 6], a collection expression, is C#).
        if (text is ['{', .., '}']) return (null, QuizFeedback.BareArray(text[1..^1].Trim()));
        var parsed = SyntaxFactory.ParseExpression(text, options: Options);
        if (QuizSlips.All(text, parsed, parameters) is { Count: > 0 } slips) return (null, QuizFeedback.Slips(slips));
        var error = parsed.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null) return (null, QuizFeedback.NotAnExpression(error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));

        var (body, problem) = Unwrap(parsed, parameters);
        if (body is null) return (null, problem);
        if (QuizAllowList.Check(body, parameters) is { } construct) return (null, QuizFeedback.NotAllowed(parameters, construct));
        var elements = QuizAllowList.ArrayElements(body);
        return (new QuizExpression(QuizRenderer.Render(body), parameters, elements is not null, elements?.Count ?? 1), null);
    }

    /// <summary>The body of an optional lambda whose parameters are the declared ones, in order.</summary>
    private static (ExpressionSyntax? body, string? problem) Unwrap(ExpressionSyntax e, IReadOnlyList<string> parameters)
    {
        var inner = e;
        while (inner is ParenthesizedExpressionSyntax p) inner = p.Expression;
        if (inner is not LambdaExpressionSyntax lambda) return (e, null);

        IReadOnlyList<ParameterSyntax> declared = lambda switch
        {
            SimpleLambdaExpressionSyntax s => [s.Parameter],
            ParenthesizedLambdaExpressionSyntax pl => pl.ParameterList.Parameters,
            _ => [],
        };
        if (lambda.Modifiers.Count > 0) return (null, QuizFeedback.NotAllowed(parameters, lambda.Modifiers[0].Text));
        if (lambda is ParenthesizedLambdaExpressionSyntax { ReturnType: { } rt }) return (null, QuizFeedback.NotAllowed(parameters, rt.ToString()));
        foreach (var p in declared)
        {
            var typeOk = p.Type is null || (p.Type is PredefinedTypeSyntax t && t.Keyword.IsKind(SyntaxKind.DoubleKeyword));
            if (!typeOk || p.Modifiers.Count > 0 || p.Default is not null || p.AttributeLists.Count > 0)
                return (null, QuizFeedback.NotAllowed(parameters, QuizAllowList.Short(p.ToString())));
        }
        var names = declared.Select(p => p.Identifier.ValueText).ToList();
        if (!names.SequenceEqual(parameters, StringComparer.Ordinal)) return (null, QuizFeedback.LambdaParameters(parameters, names));

        if (lambda.Block is { } block)
        {
            // { return x*x; } is only a longer way to write the expression; anything else is a program.
            if (block.Statements is [ReturnStatementSyntax]) return (null, QuizFeedback.BlockBody);
            var first = block.Statements.FirstOrDefault(s => s is not ReturnStatementSyntax);
            return (null, QuizFeedback.NotAllowed(parameters, first is null ? "{ }" : StatementName(first)));
        }
        return (lambda.ExpressionBody, null);
    }

    private static string StatementName(StatementSyntax s)
    {
        var keyword = s.GetFirstToken();
        return SyntaxFacts.IsKeywordKind(keyword.Kind()) ? keyword.Text : QuizAllowList.Short(s.ToString());
    }

    private static int Depth(string text)
    {
        int depth = 0, max = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[' or '{') max = Math.Max(max, ++depth);
            else if (c is ')' or ']' or '}') depth--;
        }
        return max;
    }
}
