using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Worker.Policy;

/// <summary>A student type derived from a MathNet class. The hidden tests compute with what the
/// student returns — <c>expected - actual</c>, <c>actual.Equals(expected)</c>, the cost of a network
/// whose weights the student set — and MathNet's operators and comparisons dispatch to virtual
/// members, so a subclass could answer the tests' own arithmetic (a difference that is always zero)
/// instead of computing anything. Nothing in the course needs a subclass: results are built with
/// <c>Matrix&lt;double&gt;.Build</c> and <c>Vector&lt;double&gt;.Build</c>.</summary>
internal static class LibraryBase
{
    public const string Reason =
        "deriving from {0} is not allowed in graded code: a subclass could change what the tests compute with your results; build them with Matrix<double>.Build or Vector<double>.Build";

    public static (string symbol, string reason)? Of(BaseTypeDeclarationSyntax declaration, SemanticModel model)
    {
        if (model.GetDeclaredSymbol(declaration) is not INamedTypeSymbol type) return null;
        for (var b = type.BaseType; b is not null; b = b.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(b.ContainingAssembly, type.ContainingAssembly)) continue;
            var ns = b.ContainingNamespace?.ToDisplayString() ?? "";
            if (ns == "MathNet" || ns.StartsWith("MathNet.", StringComparison.Ordinal))
            {
                var name = b.OriginalDefinition.ToDisplayString();
                return (name, string.Format(null, Reason, name));
            }
        }
        return null;
    }
}
