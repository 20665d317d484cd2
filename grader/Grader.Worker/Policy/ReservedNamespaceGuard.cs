using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Grader.Protocol;

namespace Grader.Worker.Policy;

/// <summary>Keeps the platform's and the course's type names meaning what they mean. A submission
/// may declare <c>namespace System { class OutOfMemoryException … }</c> (the compiler only warns,
/// CS0436): its exception then reads, by name, like the runtime's own diagnosis — "out of memory",
/// a missing member, an NUnit assertion — which the student would be told happened when it did not.
/// Declarations in those namespaces are left out of the compilation and named as violations, like
/// the declarations <see cref="CourseCodeGuard"/> leaves out.</summary>
internal static class ReservedNamespaceGuard
{
    /// <summary>The roots that belong to .NET, the libraries the hidden tests use, and the course's
    /// test support (a student's own namespace may be called anything else, "Calculus" included).</summary>
    private static readonly string[] Reserved = ["System", "Microsoft", "NUnit", "MathNet", "Calculus.TestSupport"];

    public const string Reason =
        "types in the namespace {0} belong to .NET, its libraries or the course: one declared there could pass for theirs in the grader's messages; " +
        "it was left out of grading. Declare your types in the assignment's namespace";

    /// <returns>The compilation without those declarations, and one violation per namespace block.</returns>
    public static (CSharpCompilation compilation, IReadOnlyList<PolicyViolation> violations) Protect(CSharpCompilation compilation, IReadOnlySet<string> providedFiles)
    {
        var violations = new List<PolicyViolation>();
        foreach (var tree in Compile.SubmissionCompiler.StudentTrees(compilation, providedFiles).ToList())
        {
            var cut = tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<BaseNamespaceDeclarationSyntax>().Where(ns => IsReserved(FullName(ns))).ToList();
            if (cut.Count == 0) continue;
            foreach (var ns in cut)
            {
                var span = ns.Name.GetLocation().GetLineSpan();
                violations.Add(new PolicyViolation("namespace " + FullName(ns), span.Path, span.StartLinePosition.Line + 1,
                    span.StartLinePosition.Character + 1, "", string.Format(null, Reason, FullName(ns))));
            }
            var root = tree.GetRoot().RemoveNodes(cut.Where(n => !cut.Any(o => o != n && o.Span.Contains(n.Span))), SyntaxRemoveOptions.KeepNoTrivia)!;
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(root, tree.Options));
        }
        return (compilation, violations);
    }

    private static bool IsReserved(string name) =>
        Reserved.Any(r => name == r || name.StartsWith(r + ".", StringComparison.Ordinal));

    /// <summary>"namespace A { namespace B.C" → "A.B.C", as the compiler reads the names: from the
    /// identifiers' values, so <c>\u0053ystem</c>, <c>@System</c> and comments or line breaks between
    /// the parts are System as they are to the compiler.</summary>
    private static string FullName(BaseNamespaceDeclarationSyntax ns) =>
        string.Join(".", ns.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse()
            .SelectMany(n => n.Name.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText)));
}
