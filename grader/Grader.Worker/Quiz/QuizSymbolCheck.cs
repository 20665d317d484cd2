using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Worker.Quiz;

/// <summary>The compiled script's symbols, checked before it runs: only Math's members, the
/// built-in arithmetic on numbers, the lambdas' own parameters, Func and double[]. A second,
/// semantic line behind the syntactic allow-list.</summary>
internal static class QuizSymbolCheck
{
    public static IEnumerable<(string symbol, int position)> Forbidden(Compilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        foreach (var node in tree.GetRoot().DescendantNodes().OfType<ExpressionSyntax>())
        {
            var info = model.GetSymbolInfo(node);
            foreach (var symbol in info.Symbol is { } s ? [s] : info.CandidateSymbols)
                if (!Allowed(symbol)) yield return (symbol.ToDisplayString(), node.SpanStart);
        }
    }

    private static bool Allowed(ISymbol symbol) => symbol switch
    {
        IParameterSymbol or INamespaceSymbol { Name: "System" or "" } => true,
        IMethodSymbol { MethodKind: MethodKind.BuiltinOperator or MethodKind.AnonymousFunction or MethodKind.LambdaMethod } => true,
        IArrayTypeSymbol a => Allowed(a.ElementType),
        INamedTypeSymbol t => IsSystem(t) && (t.Name is "Math" or "Double" or "Int32" or "Delegate" or "Func"),
        IMethodSymbol or IFieldSymbol or IPropertySymbol => symbol.ContainingType is { Name: "Math" } m && IsSystem(m),
        _ => false,
    };

    private static bool IsSystem(INamedTypeSymbol t) =>
        t.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true } && t.ContainingType is null;
}
