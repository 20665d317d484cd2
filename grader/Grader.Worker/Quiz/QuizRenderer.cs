using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Worker.Quiz;

/// <summary>Writes a checked expression back out as C#: every operation parenthesised exactly as it
/// was parsed, Math fully qualified, arrays as double[]. Only the node kinds
/// <see cref="QuizAllowList"/> admits can occur; comments, directives and any other text the
/// student typed never reach the compiler.</summary>
internal static class QuizRenderer
{
    public static string Render(ExpressionSyntax body) =>
        QuizAllowList.ArrayElements(body) is { } elements
            ? "new double[] { " + string.Join(", ", elements.Select(Value)) + " }"
            : Value(body);

    private static string Value(ExpressionSyntax e) => e switch
    {
        ParenthesizedExpressionSyntax p => Value(p.Expression),
        LiteralExpressionSyntax l => l.Token.Text,
        IdentifierNameSyntax id => id.Identifier.ValueText,
        BinaryExpressionSyntax b => $"({Value(b.Left)} {b.OperatorToken.Text} {Value(b.Right)})",
        PrefixUnaryExpressionSyntax u => $"({u.OperatorToken.Text}{Value(u.Operand)})",
        ConditionalExpressionSyntax c => $"({Value(c.Condition)} ? {Value(c.WhenTrue)} : {Value(c.WhenFalse)})",
        CastExpressionSyntax c => $"((double){Value(c.Expression)})",
        InvocationExpressionSyntax i =>
            $"System.Math.{QuizAllowList.DottedName(i.Expression)![^1]}({string.Join(", ", i.ArgumentList.Arguments.Select(a => Value(a.Expression)))})",
        MemberAccessExpressionSyntax m => $"System.Math.{m.Name.Identifier.ValueText}",
        // Unreachable after the allow-list; refusing is safer than guessing.
        _ => throw new InvalidOperationException("quiz renderer met an unchecked node: " + e.Kind()),
    };
}
