using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Grader.Protocol;

namespace Grader.Worker.Policy;

/// <summary>Keeps the course-provided files meaning what the course wrote. They are compiled into
/// the student's assembly (the hidden tests bind to one assembly), and C# looks a name up in the
/// enclosing namespaces first: a student type called <c>Math</c>, or an extension method called
/// <c>Sum</c>, in the module's namespace would silently replace the one the provided code uses, and
/// the hidden tests that take provided code as their yardstick would then agree with a wrong
/// answer. Every declaration a provided file would bind to is left out of the compilation — the
/// submission is graded exactly as if the student had not written it — and named as a violation.</summary>
internal static class CourseCodeGuard
{
    public const string Reason =
        "it has the name of something the course's own code uses ({0}), so it would change what that code computes; " +
        "it was left out of grading. Rename it";

    /// <returns>The compilation without the capturing declarations, and one violation per declaration.</returns>
    public static (CSharpCompilation compilation, IReadOnlyList<PolicyViolation> violations) Protect(
        CSharpCompilation compilation, IReadOnlySet<string> providedFiles)
    {
        if (providedFiles.Count == 0) return (compilation, []);
        var violations = new List<PolicyViolation>();
        compilation = LocaliseGlobalUsings(compilation, providedFiles, violations);
        var provided = compilation.SyntaxTrees.Where(t => providedFiles.Contains(t.FilePath)).ToList();
        var student = Compile.SubmissionCompiler.StudentTrees(compilation, providedFiles).ToList();
        // Binding every name of the provided files costs more than the rest of the check: do it only
        // when a student file declares a name the provided files mention at all.
        var mentioned = provided.SelectMany(t => t.GetRoot().DescendantTokens()).Where(t => t.IsKind(SyntaxKind.IdentifierToken))
            .Select(t => t.ValueText).ToHashSet(StringComparer.Ordinal);
        if (!student.SelectMany(DeclaredNames).Any(mentioned.Contains)) return (compilation, violations);

        var studentTrees = student.ToHashSet();
        var captured = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);
        foreach (var tree in provided)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
                foreach (var symbol in Bound(node, model))
                    if (StudentDeclaration(symbol, studentTrees) is { } declared && !captured.ContainsKey(declared))
                        captured[declared] = $"{Path.GetFileName(tree.FilePath)} line {node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";
        }
        if (captured.Count == 0) return (compilation, violations);
        // `Math.Exp` captures the type Math and its method Exp: the type is the one to name and cut.
        foreach (var member in captured.Keys.Where(k => Containers(k).Any(captured.ContainsKey)).ToList()) captured.Remove(member);

        var removals = new Dictionary<SyntaxTree, List<SyntaxNode>>();
        foreach (var (symbol, usedAt) in captured)
            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax();
                var declaration = node.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax or DelegateDeclarationSyntax) ?? node;
                // A field's declarator sits inside a declaration that may declare others too: cut the whole line.
                (removals.TryGetValue(reference.SyntaxTree, out var list) ? list : removals[reference.SyntaxTree] = []).Add(declaration);
                var span = declaration.GetLocation().GetLineSpan();
                violations.Add(new PolicyViolation(symbol.ToDisplayString(), span.Path, span.StartLinePosition.Line + 1,
                    span.StartLinePosition.Character + 1, symbol.ContainingType is { } type ? type.Name + "." + symbol.Name : symbol.Name, string.Format(null, Reason, usedAt)));
            }
        foreach (var (tree, nodes) in removals)
        {
            var root = tree.GetRoot().RemoveNodes(nodes.Where(n => !nodes.Any(o => o != n && o.Span.Contains(n.Span))), SyntaxRemoveOptions.KeepNoTrivia)!;
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(root, tree.Options));
        }
        return (compilation, violations);
    }

    /// <summary>A student's <c>global using</c> would apply to the provided files too (an alias
    /// can point a name they use at another library type): it is kept, for the student's own file only.</summary>
    private static CSharpCompilation LocaliseGlobalUsings(CSharpCompilation compilation, IReadOnlySet<string> providedFiles, List<PolicyViolation> violations)
    {
        foreach (var tree in Compile.SubmissionCompiler.StudentTrees(compilation, providedFiles).ToList())
        {
            var globals = tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax).OfType<UsingDirectiveSyntax>()
                .Where(u => !u.GlobalKeyword.IsKind(SyntaxKind.None)).ToList();
            if (globals.Count == 0) continue;
            foreach (var u in globals)
            {
                var span = u.GetLocation().GetLineSpan();
                violations.Add(new PolicyViolation("global using", span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, "",
                    "a global using applies to the course's own files too; it was applied to this file only (write a plain using in each file that needs it)"));
            }
            var root = tree.GetRoot().ReplaceNodes(globals, (u, _) => u.WithGlobalKeyword(default));
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(root, tree.Options));
        }
        return compilation;
    }

    /// <summary>Every name a student file declares: types, members, namespaces, and global using aliases.</summary>
    private static IEnumerable<string> DeclaredNames(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().SelectMany(n => n switch
        {
            BaseTypeDeclarationSyntax t => [t.Identifier.ValueText],
            DelegateDeclarationSyntax d => [d.Identifier.ValueText],
            MethodDeclarationSyntax m => [m.Identifier.ValueText],
            PropertyDeclarationSyntax p => [p.Identifier.ValueText],
            EventDeclarationSyntax e => [e.Identifier.ValueText],
            VariableDeclaratorSyntax v when v.Parent?.Parent is BaseFieldDeclarationSyntax => [v.Identifier.ValueText],
            BaseNamespaceDeclarationSyntax ns => ns.Name.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText),
            _ => [],
        });

    /// <summary>What a node binds to, including the methods that patterns and query clauses call
    /// without naming them (the policy judges these too).</summary>
    internal static IEnumerable<ISymbol> Bound(SyntaxNode node, SemanticModel model)
    {
        if (node is ExpressionSyntax or TypeSyntax or ConstructorInitializerSyntax or AttributeSyntax)
        {
            var info = model.GetSymbolInfo(node);
            if (info.Symbol is not null) yield return info.Symbol;
            foreach (var c in info.CandidateSymbols) yield return c;
        }
        if (node is ExpressionSyntax expression && model.GetConversion(expression).MethodSymbol is { } conversion) yield return conversion;
        if (node is QueryClauseSyntax clause)
        {
            var info = model.GetQueryClauseInfo(clause);
            if (info.OperationInfo.Symbol is not null) yield return info.OperationInfo.Symbol;
            if (info.CastInfo.Symbol is not null) yield return info.CastInfo.Symbol;
        }
        if (node is OrderingSyntax ordering && model.GetSymbolInfo(ordering).Symbol is { } ordered) yield return ordered;
        if (node is SelectOrGroupClauseSyntax s && model.GetSymbolInfo(s).Symbol is { } selected) yield return selected;
        if (node is CommonForEachStatementSyntax loop)
        {
            var each = model.GetForEachStatementInfo(loop);
            foreach (var m in new ISymbol?[] { each.GetEnumeratorMethod, each.MoveNextMethod, each.CurrentProperty, each.DisposeMethod })
                if (m is not null) yield return m;
        }
        if (node is AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } deconstruction
            && model.GetDeconstructionInfo(deconstruction).Method is { } deconstruct)
            yield return deconstruct;
        if (node is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression } init)
            foreach (var element in init.Expressions)
                if (model.GetCollectionInitializerSymbolInfo(element).Symbol is { } add) yield return add;
    }

    /// <summary>The student declaration behind a symbol, or null when the symbol is not the student's.</summary>
    private static ISymbol? StudentDeclaration(ISymbol symbol, HashSet<SyntaxTree> studentTrees)
    {
        if (symbol is IAliasSymbol alias) symbol = alias.Target;
        if (symbol is IMethodSymbol { ReducedFrom: { } reduced }) symbol = reduced;
        symbol = symbol.OriginalDefinition;
        if (symbol is INamespaceSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ITypeParameterSymbol or ILabelSymbol) return null;
        if (symbol is IArrayTypeSymbol array) return StudentDeclaration(array.ElementType, studentTrees);
        return IsStudents(symbol, studentTrees) ? symbol : null;
    }

    private static IEnumerable<ISymbol> Containers(ISymbol symbol)
    {
        for (var t = symbol.ContainingType; t is not null; t = t.ContainingType) yield return t;
    }

    private static bool IsStudents(ISymbol symbol, HashSet<SyntaxTree> studentTrees) =>
        symbol.DeclaringSyntaxReferences.Length > 0 && symbol.DeclaringSyntaxReferences.All(r => studentTrees.Contains(r.SyntaxTree));
}
