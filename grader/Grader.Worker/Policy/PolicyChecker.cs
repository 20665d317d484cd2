using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Grader.Protocol;

namespace Grader.Worker.Policy;

/// <summary>A semantic walk over every symbol the student's code touches, judged by
/// <see cref="PolicyRules"/>, plus syntax that is banned outright (unsafe, extern, pointers...).
/// Symbols declared by the student are always allowed; their signatures are checked where they
/// name external types.</summary>
internal static class PolicyChecker
{
    private static readonly SymbolDisplayFormat QualifiedName = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    public static IReadOnlyList<PolicyViolation> Check(CSharpCompilation compilation, PolicySpec spec)
    {
        var rules = new PolicyRules(spec);
        var found = new List<PolicyViolation>();
        // The same few symbols (double, Math, Vector<double>...) come up at almost every node;
        // judging each once halves the walk.
        var verdicts = new Dictionary<ISymbol, (string symbol, string reason, string type)?>(SymbolEqualityComparer.Default);
        foreach (var tree in compilation.SyntaxTrees.Where(t => !Compile.SubmissionCompiler.IsGraderTree(t)))
        {
            var model = compilation.GetSemanticModel(tree);
            var seen = new HashSet<(string, int, string)>();
            foreach (var node in tree.GetRoot().DescendantNodesAndSelf())
            {
                var syntaxReason = BannedSyntax(node);
                if (syntaxReason is not null) Add(found, seen, node, syntaxReason.Value.symbol, syntaxReason.Value.reason, model);
                if (node is BaseTypeDeclarationSyntax declaration && LibraryBase.Of(declaration, model) is { } based)
                    Add(found, seen, declaration, based.symbol, based.reason, model);
                foreach (var symbol in SymbolsOf(node, model))
                {
                    if (!verdicts.TryGetValue(symbol, out var verdict))
                        verdicts[symbol] = verdict = Judge(symbol, rules, compilation.Assembly);
                    if (verdict is not null) Add(found, seen, node, verdict.Value.symbol, verdict.Value.reason, model, verdict.Value.type);
                }
            }
        }
        return found;
    }

    private static void Add(List<PolicyViolation> found, HashSet<(string, int, string)> seen, SyntaxNode node, string symbol, string reason, SemanticModel model, string? type = null)
    {
        var span = node.GetLocation().GetLineSpan();
        var member = EnclosingMember(node, model);
        // One report per forbidden type per line and member: `File.ReadAllText(...)` is one violation,
        // not one for the call, one for the type name and one for the expression's type. The walk
        // meets the outermost node first, so the most specific symbol is the one kept. Two members
        // on one line are each reported, so each is cut out.
        if (!seen.Add((type ?? symbol, span.StartLinePosition.Line, member))) return;
        found.Add(new PolicyViolation(symbol, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            member, reason));
    }

    /// <summary>The symbols a node names or calls without naming (a query clause's Select, a
    /// foreach's GetEnumerator, a user-defined conversion), and an expression's types.</summary>
    private static IEnumerable<ISymbol> SymbolsOf(SyntaxNode node, SemanticModel model)
    {
        foreach (var s in CourseCodeGuard.Bound(node, model)) yield return s;
        if (node is ExpressionSyntax)
        {
            var type = model.GetTypeInfo(node);
            if (type.Type is not null) yield return type.Type;
            if (type.ConvertedType is not null) yield return type.ConvertedType;
        }
    }

    private static (string symbol, string reason, string type)? Judge(ISymbol symbol, PolicyRules rules, IAssemblySymbol ownAssembly)
    {
        switch (symbol)
        {
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return ("pointer", "pointers are not allowed in graded code", "pointer");
            case IDynamicTypeSymbol:
                return ("dynamic", "`dynamic` defers binding to run time; it is not allowed in graded code", "dynamic");
            case IArrayTypeSymbol a:
                return Judge(a.ElementType, rules, ownAssembly);
            case ITypeParameterSymbol or INamespaceSymbol or ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol or IDiscardSymbol:
                return null;
            case IAliasSymbol alias:
                return Judge(alias.Target, rules, ownAssembly);
        }

        // The symbol itself first (Process.Start, not the Process it returns), then the types it exposes.
        if (JudgeOwn(symbol, rules, ownAssembly) is { } verdict) return verdict;
        if (symbol is INamedTypeSymbol named)
            foreach (var arg in named.TypeArguments)
                if (Judge(arg, rules, ownAssembly) is { } v) return v;
        if (symbol is IMethodSymbol method)
        {
            if (Judge(method.ReturnType, rules, ownAssembly) is { } r) return r;
            foreach (var arg in method.TypeArguments)
                if (Judge(arg, rules, ownAssembly) is { } v) return v;
        }
        if (symbol is IPropertySymbol prop && Judge(prop.Type, rules, ownAssembly) is { } p) return p;
        if (symbol is IFieldSymbol field && Judge(field.Type, rules, ownAssembly) is { } f) return f;
        return null;
    }

    private static (string symbol, string reason, string type)? JudgeOwn(ISymbol symbol, PolicyRules rules, IAssemblySymbol ownAssembly)
    {
        if (symbol is IMethodSymbol { ReducedFrom: { } reduced }) symbol = reduced;
        if (SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, ownAssembly)) return null;
        var outer = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (outer is null) return null;
        while (outer.ContainingType is not null) outer = outer.ContainingType;
        if (SymbolEqualityComparer.Default.Equals(outer.ContainingAssembly, ownAssembly)) return null;

        var ns = outer.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : "";
        var typeName = outer.ToDisplayString(QualifiedName);
        // A constructor is reported as its type ("System.Net.Http.HttpClient"), not ".ctor".
        var member = symbol is INamedTypeSymbol or IMethodSymbol { MethodKind: MethodKind.Constructor } ? null : symbol.Name;
        var reason = rules.Deny(ns, typeName, member);
        if (reason is null) return null;
        var shown = member is null ? typeName : typeName + "." + member;
        return (shown, reason, typeName);
    }

    /// <summary>An async method needs no Task to run on after it returns: `async void` continues (and
    /// throws, killing the worker) on the thread pool, charged to whichever test runs then.</summary>
    private const string Async = "async code goes on running after the call returns; it is not allowed in graded code: compute on the calling thread and return";

    private static (string symbol, string reason)? BannedSyntax(SyntaxNode node) => node switch
    {
        UnsafeStatementSyntax => ("unsafe", "unsafe code is not allowed in graded code"),
        FixedStatementSyntax => ("fixed", "pinning memory is not allowed in graded code"),
        StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax => ("stackalloc", "stackalloc is not allowed in graded code; use an array"),
        DestructorDeclarationSyntax => ("finalizer", "finalizers run on the runtime's own thread; they are not allowed in graded code"),
        ExternAliasDirectiveSyntax => ("extern alias", "extern aliases are not allowed in graded code"),
        FunctionPointerTypeSyntax => ("delegate*", "function pointers are not allowed in graded code"),
        MemberDeclarationSyntax m when m.Modifiers.Any(SyntaxKind.UnsafeKeyword) => ("unsafe", "unsafe code is not allowed in graded code"),
        MemberDeclarationSyntax m when m.Modifiers.Any(SyntaxKind.ExternKeyword) => ("extern", "extern methods call native code; they are not allowed in graded code"),
        LocalFunctionStatementSyntax l when l.Modifiers.Any(SyntaxKind.UnsafeKeyword) || l.Modifiers.Any(SyntaxKind.ExternKeyword) => ("unsafe", "unsafe or extern code is not allowed in graded code"),
        MemberDeclarationSyntax m when m.Modifiers.Any(SyntaxKind.AsyncKeyword) => ("async", Async),
        LocalFunctionStatementSyntax l when l.Modifiers.Any(SyntaxKind.AsyncKeyword) => ("async", Async),
        AnonymousFunctionExpressionSyntax a when a.Modifiers.Any(SyntaxKind.AsyncKeyword) => ("async", Async),
        MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax => ("__makeref", "undocumented reference tricks are not allowed in graded code"),
        _ when node.IsKind(SyntaxKind.ArgListExpression) => ("__arglist", "__arglist is not allowed in graded code"),
        _ => null,
    };

    /// <summary>"Type.Member" of the declaration that contains the node; the unit a violation
    /// quarantines.</summary>
    internal static string EnclosingMember(SyntaxNode node, SemanticModel model)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            if (ancestor is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not NamespaceDeclarationSyntax and not FileScopedNamespaceDeclarationSyntax)
            {
                var declared = ancestor is BaseFieldDeclarationSyntax bf
                    ? model.GetDeclaredSymbol(bf.Declaration.Variables.First())
                    : model.GetDeclaredSymbol(ancestor);
                if (declared is not null) return declared.ContainingType is { } t ? t.Name + "." + declared.Name : declared.Name;
            }
            if (ancestor is BaseTypeDeclarationSyntax type && model.GetDeclaredSymbol(type) is { } ts) return ts.Name;
        }
        return "";
    }
}
