using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Grader.Worker.Compile;

/// <summary>Cuts the members that cannot be graded (they do not compile, or they use a forbidden
/// API) out of a submission by replacing their bodies with a throw that names the reason, so the
/// rest of the submission still compiles and scores. Only the bodies change: signatures stay, so
/// the hidden tests still bind, and the tests of a quarantined member fail with its reason.</summary>
internal static class MemberQuarantine
{
    /// <summary>Markers the feedback translator recognises in the thrown exception's message. They
    /// carry a secret drawn when the worker starts, so an exception a submission throws itself can
    /// never pass for the grader's "not graded" verdict.</summary>
    /// An assembly compiled here and run by a fresh worker after a stopped test carries this
    /// worker's secret with it (<see cref="Protocol.CompiledImage.MarkerSecret"/>).</summary>
    public static readonly string Secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));

    public static readonly string CompileMarker = CompileMarkerFor(Secret);
    public static readonly string PolicyMarker = PolicyMarkerFor(Secret);

    public static string CompileMarkerFor(string secret) => $"[grader:compile:{secret}] ";

    /// <summary>Every marked reason written into the current request's submission. A submission can
    /// read the secret from a cut member's exception; only these texts are still the grader's.</summary>
    private static readonly HashSet<string> issued = new(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Issued => issued;

    /// <summary>A new request starts: nothing is issued for it yet.</summary>
    public static void Forget() => issued.Clear();

    public static string PolicyMarkerFor(string secret) => $"[grader:policy:{secret}] ";

    /// <param name="reasons">Per location in a student tree, why the enclosing member is cut out.</param>
    /// <returns>Rewritten trees, or null when some location is not inside a member whose body can
    /// be replaced (an error in a signature or at class level).</returns>
    public static IReadOnlyList<SyntaxTree>? Rewrite(CSharpCompilation compilation, IEnumerable<(Location location, string reason)> reasons, string marker)
    {
        var byTree = new Dictionary<SyntaxTree, Dictionary<SyntaxNode, string>>();
        foreach (var (location, reason) in reasons)
        {
            if (location.SourceTree is not { } tree) return null;
            var node = tree.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            var member = Target(node);
            if (member is null) return null;
            var map = byTree.TryGetValue(tree, out var m) ? m : byTree[tree] = [];
            if (!map.ContainsKey(member)) issued.Add(map[member] = marker + reason);
        }
        return compilation.SyntaxTrees.Select(tree =>
        {
            if (!byTree.TryGetValue(tree, out var members)) return tree;
            // Finalizers are banned outright, so they go; every other member keeps its signature.
            var root = tree.GetRoot().TrackNodes(members.Keys);
            var finalizers = members.Keys.OfType<DestructorDeclarationSyntax>().Select(f => root.GetCurrentNode(f)!).ToList();
            if (finalizers.Count > 0) root = root.RemoveNodes(finalizers, SyntaxRemoveOptions.KeepNoTrivia)!;
            var current = members.Where(m => m.Key is not DestructorDeclarationSyntax)
                .ToDictionary(m => root.GetCurrentNode(m.Key)!, m => m.Value);
            root = root.ReplaceNodes(current.Keys, (original, _) => Stub(original, current[original]));
            return tree.WithRootAndOptions(root, tree.Options);
        }).ToList();
    }

    /// <summary>The outermost method-like member around a node (a local function or lambda belongs
    /// to the member that contains it).</summary>
    private static SyntaxNode? Target(SyntaxNode node)
    {
        SyntaxNode? found = null;
        foreach (var a in node.AncestorsAndSelf())
        {
            if (a is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax or FieldDeclarationSyntax or EventDeclarationSyntax)
                found = a;
            if (a is BaseTypeDeclarationSyntax) break;
        }
        // A body-less member with an error outside its body (a broken signature) cannot be kept.
        return found;
    }

    private static SyntaxNode Stub(SyntaxNode member, string reason)
    {
        var text = reason;
        var throwStatement = ParseStatement($"throw new System.NotSupportedException({SymbolDisplay.FormatLiteral(text, true)});");
        var throwExpression = ParseExpression($"throw new System.NotSupportedException({SymbolDisplay.FormatLiteral(text, true)})");
        switch (member)
        {
            case BaseMethodDeclarationSyntax method:
                return Clean(method
                    .WithBody(Block(throwStatement))
                    .WithExpressionBody(null)
                    .WithSemicolonToken(default)
                    .WithAttributeLists(default));
            case PropertyDeclarationSyntax prop:
                return Clean(prop.WithExpressionBody(null).WithSemicolonToken(default).WithInitializer(null)
                    .WithAccessorList(Accessors(prop.AccessorList, throwStatement)).WithAttributeLists(default));
            case IndexerDeclarationSyntax indexer:
                return Clean(indexer.WithExpressionBody(null).WithSemicolonToken(default)
                    .WithAccessorList(Accessors(indexer.AccessorList, throwStatement)).WithAttributeLists(default));
            case FieldDeclarationSyntax field:
                // A field cannot throw; a broken initializer becomes one that throws on first use of the type.
                var init = EqualsValueClause(ParseExpression($"((System.Func<{field.Declaration.Type}>)(() => {throwExpression}))()"));
                return Clean(field.WithDeclaration(field.Declaration.WithVariables(SeparatedList(
                    field.Declaration.Variables.Select(v => v.WithInitializer(init))))).WithAttributeLists(default));
            default:
                return member;
        }
    }

    private static AccessorListSyntax Accessors(AccessorListSyntax? list, StatementSyntax body)
    {
        var accessors = list?.Accessors.Count > 0 ? list.Accessors : [AccessorDeclaration(SyntaxKind.GetAccessorDeclaration)];
        return AccessorList(List(accessors.Select(a => a.WithBody(Block(body)).WithExpressionBody(null).WithSemicolonToken(default).WithAttributeLists(default))));
    }

    /// <summary>Drops modifiers that a plain throwing body cannot carry.</summary>
    private static T Clean<T>(T member) where T : MemberDeclarationSyntax
    {
        var modifiers = TokenList(member.Modifiers.Where(m => !m.IsKind(SyntaxKind.ExternKeyword) && !m.IsKind(SyntaxKind.UnsafeKeyword) && !m.IsKind(SyntaxKind.AsyncKeyword)));
        return (T)member.WithModifiers(modifiers);
    }
}
