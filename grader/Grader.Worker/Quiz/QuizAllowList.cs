using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Worker.Quiz;

/// <summary>What a quiz answer may contain, judged on its syntax before anything is compiled:
/// the declared parameters, numeric literals, + − * / % and unary ±, parentheses, a (double)
/// cast, ?: with comparisons in its condition, the listed Math functions and constants, and an
/// array of such expressions as the whole answer. Deny by default: any other node is named back
/// to the student.</summary>
internal static class QuizAllowList
{
    public static readonly IReadOnlySet<string> Functions = new HashSet<string>(StringComparer.Ordinal)
    {
        "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Atan2", "Sinh", "Cosh", "Tanh", "Exp", "Log", "Log10", "Log2",
        "Sqrt", "Cbrt", "Pow", "Abs", "Min", "Max", "Sign", "Floor", "Ceiling", "Round",
    };

    public static readonly IReadOnlySet<string> Constants = new HashSet<string>(StringComparer.Ordinal) { "PI", "E" };

    /// <summary>The first construct that is not allowed, as the student should see it named
    /// ("System.IO.File", "typeof(Math)", "while"); null when the whole expression is allowed.</summary>
    public static string? Check(ExpressionSyntax body, IReadOnlyList<string> parameters)
    {
        var elements = ArrayElements(body);
        if (elements is null) return Check(body, parameters, condition: false);
        foreach (var e in elements)
            if (Check(e, parameters, condition: false) is { } found) return found;
        return null;
    }

    /// <summary>The elements when the expression is an array answer (new[] { … }, new double[] { … }
    /// or [ … ]), else null. Arrays are allowed only as the whole answer.</summary>
    public static IReadOnlyList<ExpressionSyntax>? ArrayElements(ExpressionSyntax e)
    {
        while (e is ParenthesizedExpressionSyntax p) e = p.Expression;
        return e switch
        {
            ImplicitArrayCreationExpressionSyntax { Commas.Count: 0 } a => a.Initializer.Expressions,
            ArrayCreationExpressionSyntax { Initializer: { } init, Type: { RankSpecifiers: [{ Sizes: var sizes }] } type }
                when IsNumericType(type.ElementType) && sizes.All(s => s is OmittedArraySizeExpressionSyntax) => init.Expressions,
            CollectionExpressionSyntax c when c.Elements.All(x => x is ExpressionElementSyntax) =>
                c.Elements.Cast<ExpressionElementSyntax>().Select(x => x.Expression).ToList(),
            _ => null,
        };
    }

    /// <summary>"Math.Sin" as ["Math", "Sin"]; null unless the expression is a plain dotted name.</summary>
    public static List<string>? DottedName(ExpressionSyntax e) => e switch
    {
        IdentifierNameSyntax id => [id.Identifier.ValueText],
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax name } m
            when DottedName(m.Expression) is { } left => [.. left, name.Identifier.ValueText],
        _ => null,
    };

    /// <summary>The member name when <paramref name="name"/> is Math.X or System.Math.X.</summary>
    public static string? MathMember(List<string>? name) => name switch
    {
        ["Math", var member] => member,
        ["System", "Math", var member] => member,
        _ => null,
    };

    private static string? Check(ExpressionSyntax e, IReadOnlyList<string> parameters, bool condition)
    {
        switch (e)
        {
            case ParenthesizedExpressionSyntax p:
                return Check(p.Expression, parameters, condition);
            case LiteralExpressionSyntax l when l.IsKind(SyntaxKind.NumericLiteralExpression):
                // 1m is a decimal: it does not mix with double and is never what was meant.
                return l.Token.Value is decimal ? l.Token.Text : null;
            case IdentifierNameSyntax id:
                return parameters.Contains(id.Identifier.ValueText, StringComparer.Ordinal) ? null : id.Identifier.Text;
            case BinaryExpressionSyntax b when IsArithmetic(b):
                return Check(b.Left, parameters, false) ?? Check(b.Right, parameters, false);
            case BinaryExpressionSyntax b when IsComparison(b):
                return condition ? Check(b.Left, parameters, false) ?? Check(b.Right, parameters, false) : b.OperatorToken.Text;
            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LogicalAndExpression) || b.IsKind(SyntaxKind.LogicalOrExpression):
                return condition ? Check(b.Left, parameters, true) ?? Check(b.Right, parameters, true) : b.OperatorToken.Text;
            case PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.UnaryMinusExpression) || u.IsKind(SyntaxKind.UnaryPlusExpression):
                return Check(u.Operand, parameters, false);
            case PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.LogicalNotExpression):
                return condition ? Check(u.Operand, parameters, true) : "!";
            case ConditionalExpressionSyntax c:
                return Check(c.Condition, parameters, true) ?? Check(c.WhenTrue, parameters, false) ?? Check(c.WhenFalse, parameters, false);
            case CastExpressionSyntax c when c.Type is PredefinedTypeSyntax t && t.Keyword.IsKind(SyntaxKind.DoubleKeyword):
                return Check(c.Expression, parameters, false);
            case InvocationExpressionSyntax inv when MathMember(DottedName(inv.Expression)) is { } fn && Functions.Contains(fn):
                foreach (var arg in inv.ArgumentList.Arguments)
                {
                    if (arg.NameColon is not null || !arg.RefKindKeyword.IsKind(SyntaxKind.None)) return arg.ToString();
                    if (Check(arg.Expression, parameters, false) is { } found) return found;
                }
                return null;
            case InvocationExpressionSyntax inv:
                return Describe(inv.Expression, parameters, invoked: true);
            case MemberAccessExpressionSyntax m when MathMember(DottedName(m)) is { } c && Constants.Contains(c):
                return null;
            default:
                return Describe(e, parameters, invoked: false);
        }
    }

    /// <summary>Names a construct that is not allowed the way the student would recognise it: the
    /// type for a method call on it (System.IO.File), the root problem of a chain.</summary>
    private static string Describe(ExpressionSyntax e, IReadOnlyList<string> parameters, bool invoked)
    {
        if (DottedName(e) is { } name)
        {
            // x.GetType(): the parameter is fine, what is called on it is not.
            if (name.Count > 1 && parameters.Contains(name[0], StringComparer.Ordinal)) return string.Join(".", name.Skip(1));
            if (MathMember(name) is not null || !invoked || name.Count < 2) return string.Join(".", name);
            return string.Join(".", name.Take(name.Count - 1));
        }
        return e switch
        {
            // The root of a chain first: `File.ReadAllText(…).Length` is about File, not Length.
            MemberAccessExpressionSyntax m => Check(m.Expression, parameters, false) ?? m.Name.Identifier.Text,
            InvocationExpressionSyntax inv => Describe(inv.Expression, parameters, invoked: true),
            ElementAccessExpressionSyntax ea => Check(ea.Expression, parameters, false) ?? "[…] (indexing)",
            ImplicitArrayCreationExpressionSyntax or ArrayCreationExpressionSyntax or CollectionExpressionSyntax => "an array inside an expression",
            AnonymousFunctionExpressionSyntax => "a lambda inside an expression",
            _ => Short(e.ToString()),
        };
    }

    internal static string Short(string text)
    {
        var oneLine = string.Join(" ", text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 40 ? oneLine : oneLine[..39] + "…";
    }

    private static bool IsNumericType(TypeSyntax t) =>
        t is PredefinedTypeSyntax p && (p.Keyword.IsKind(SyntaxKind.DoubleKeyword) || p.Keyword.IsKind(SyntaxKind.IntKeyword));

    private static bool IsArithmetic(BinaryExpressionSyntax b) => b.Kind() is
        SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression or
        SyntaxKind.DivideExpression or SyntaxKind.ModuloExpression;

    private static bool IsComparison(BinaryExpressionSyntax b) => b.Kind() is
        SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or
        SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression;
}
