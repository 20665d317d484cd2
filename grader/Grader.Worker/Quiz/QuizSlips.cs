using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Worker.Quiz;

/// <summary>The classic slips of maths written as C#, looked for before the allow-list so the
/// student reads what to change rather than "not allowed": ^ as a power, integer division of
/// literals, sin(x) or Math.pow for Math.Sin/Math.Pow, ln for Math.Log, 2x for 2*x, a tuple for
/// an array.</summary>
internal static class QuizSlips
{
    /// <summary>Every slip in the answer, in the order written (one student retry fixes them all);
    /// empty when there is none.</summary>
    public static IReadOnlyList<string> All(string text, ExpressionSyntax parsed, IReadOnlyList<string> parameters) =>
        InTokens(text).Concat(InTree(parsed, parameters)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Slips visible in the tokens even when the text does not parse (2x, 3(x+1)).</summary>
    private static IEnumerable<string> InTokens(string text)
    {
        var tokens = SyntaxFactory.ParseTokens(text).Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].IsKind(SyntaxKind.NumericLiteralToken)) continue;
            var next = tokens[i + 1];
            if (next.IsKind(SyntaxKind.IdentifierToken) || next.IsKind(SyntaxKind.OpenParenToken))
                yield return QuizFeedback.MissingTimes(tokens[i].Text, next.Text);
        }
    }

    private static IEnumerable<string> InTree(ExpressionSyntax expression, IReadOnlyList<string> parameters)
    {
        foreach (var node in expression.DescendantNodesAndSelf())
        {
            var slip = node switch
            {
                BinaryExpressionSyntax b when b.IsKind(SyntaxKind.ExclusiveOrExpression) => QuizFeedback.Power(Beside(b.OperatorToken.GetPreviousToken()), Beside(b.OperatorToken.GetNextToken())),
                PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.IndexExpression) => QuizFeedback.Power(null, null),
                BinaryExpressionSyntax { Right: PrefixUnaryExpressionSyntax r } b
                    when b.IsKind(SyntaxKind.MultiplyExpression) && r.IsKind(SyntaxKind.PointerIndirectionExpression) => QuizFeedback.DoubleStar,
                BinaryExpressionSyntax b when b.IsKind(SyntaxKind.DivideExpression) => IntegerDivision(b),
                InvocationExpressionSyntax i => Invocation(i, parameters),
                MemberAccessExpressionSyntax m => MathCase(m, parameters),
                IdentifierNameSyntax id => LoneName(id, parameters),
                TupleExpressionSyntax t => QuizFeedback.Tuple(t.Arguments.Select(a => a.ToString()).ToList()),
                _ => null,
            };
            if (slip is not null) yield return slip;
        }
    }

    /// <summary>What the student raised to a power, as typed: the name, number, call or bracketed
    /// group right beside the ^ (in s - s^2 that is s, though C# reads (s - s) ^ 2).</summary>
    private static string? Beside(SyntaxToken token)
    {
        var node = token.Parent;
        if (node is ArgumentListSyntax) node = node.Parent;
        if (node is IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax m } id && m.Name == id) node = m;
        return node is IdentifierNameSyntax or LiteralExpressionSyntax or ParenthesizedExpressionSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax
            ? node.ToString().Trim()
            : null;
    }

    /// <summary>1/2 evaluates to 0 in C#; flagged when both sides are whole-number constants and
    /// the division is not exact (6/3 is harmless).</summary>
    private static string? IntegerDivision(BinaryExpressionSyntax b)
    {
        if (IntegerConstant(b.Left) is not { } n || IntegerConstant(b.Right) is not { } d || d == 0 || n % d == 0) return null;
        return QuizFeedback.IntegerDivision(b.Left.ToString().Trim(), b.Right.ToString().Trim(), n / d, (double)n / d,
            b.Left is LiteralExpressionSyntax || (b.Left is PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax } u && u.IsKind(SyntaxKind.UnaryMinusExpression)));
    }

    private static long? IntegerConstant(ExpressionSyntax e)
    {
        switch (e)
        {
            case LiteralExpressionSyntax l when l.Token.Value is int or long or uint:
                return Convert.ToInt64(l.Token.Value, System.Globalization.CultureInfo.InvariantCulture);
            case ParenthesizedExpressionSyntax p:
                return IntegerConstant(p.Expression);
            case PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.UnaryMinusExpression):
                return -IntegerConstant(u.Operand);
            case BinaryExpressionSyntax b when IntegerConstant(b.Left) is { } l && IntegerConstant(b.Right) is { } r:
                try
                {
                    return b.Kind() switch
                    {
                        SyntaxKind.AddExpression => checked(l + r),
                        SyntaxKind.SubtractExpression => checked(l - r),
                        SyntaxKind.MultiplyExpression => checked(l * r),
                        SyntaxKind.DivideExpression when r != 0 => l / r,
                        SyntaxKind.ModuloExpression when r != 0 => l % r,
                        _ => null,
                    };
                }
                catch (OverflowException) { return null; }
            default:
                return null;
        }
    }

    /// <summary>sin(x), Sin(x), ln(x), x(x+1), Math.PI().</summary>
    private static string? Invocation(InvocationExpressionSyntax i, IReadOnlyList<string> parameters)
    {
        switch (i.Expression)
        {
            case IdentifierNameSyntax id when parameters.Contains(id.Identifier.ValueText, StringComparer.Ordinal):
                return QuizFeedback.ParameterCalled(id.Identifier.ValueText);
            case IdentifierNameSyntax id when MathName(id.Identifier.ValueText) is { } fn:
                return QuizFeedback.MathPrefix(id.Identifier.ValueText, fn);
            // (x+1)(x-1) or 2(x+1); not a cast or lambda being called, which is no slip.
            case ParenthesizedExpressionSyntax p when !p.DescendantNodes().Any(n => n is CastExpressionSyntax or AnonymousFunctionExpressionSyntax):
                return QuizFeedback.MissingTimes(i.Expression.ToString(), "(");
            case LiteralExpressionSyntax:
                return QuizFeedback.MissingTimes(i.Expression.ToString(), "(");
            case MemberAccessExpressionSyntax m when QuizAllowList.MathMember(QuizAllowList.DottedName(m)) is { } c && QuizAllowList.Constants.Contains(c):
                return QuizFeedback.ConstantCalled(c);
            default:
                return null;
        }
    }

    /// <summary>math.sin, Math.sin, Math.pow, Math.ln: the Math function meant, written wrongly.</summary>
    private static string? MathCase(MemberAccessExpressionSyntax m, IReadOnlyList<string> parameters)
    {
        if (QuizAllowList.DottedName(m) is not [var type, var member]) return null;
        if (!string.Equals(type, "Math", StringComparison.OrdinalIgnoreCase) || parameters.Contains(type, StringComparer.Ordinal)) return null;
        var fn = MathName(member);
        if (fn is null || (type == "Math" && member == fn)) return null;
        return QuizFeedback.MathPrefix(type + "." + member, fn);
    }

    /// <summary>pi, e or a function name used without the Math. prefix and without a call.</summary>
    private static string? LoneName(IdentifierNameSyntax id, IReadOnlyList<string> parameters)
    {
        var name = id.Identifier.ValueText;
        if (parameters.Contains(name, StringComparer.Ordinal)) return null;
        // Part of a larger name (Math.Sin, System.IO) or the callee of a call: judged there.
        if (id.Parent is MemberAccessExpressionSyntax or InvocationExpressionSyntax) return null;
        // e^x: the ^ slip already says Math.Exp(x).
        if (id.Identifier.GetNextToken().IsKind(SyntaxKind.CaretToken)) return null;
        return name switch
        {
            "pi" or "PI" or "Pi" or "π" => QuizFeedback.MathPrefix(name, "PI"),
            "e" => QuizFeedback.EulerE,
            _ when MathName(name) is { } fn => QuizFeedback.MathPrefix(name, fn),
            _ => null,
        };
    }

    /// <summary>The Math member a name means, ignoring case; ln and log both mean Math.Log.</summary>
    private static string? MathName(string name)
    {
        if (string.Equals(name, "ln", StringComparison.OrdinalIgnoreCase)) return "Log";
        if (string.Equals(name, "ceil", StringComparison.OrdinalIgnoreCase)) return "Ceiling";
        return QuizAllowList.Functions.Concat(QuizAllowList.Constants)
            .FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
    }
}
