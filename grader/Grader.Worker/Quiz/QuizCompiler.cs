using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Grader.Worker.Quiz;

/// <summary>Compiles checked quiz expressions into delegates with C# scripting, restricted so
/// that an answer can reach nothing but arithmetic: no references beyond the host's core library, System imported,
/// #r and #load resolve nothing, and the compiled symbols checked again before anything runs.
/// All expressions of a request go into one script.
///
/// Each script compiles to an assembly the runtime can never unload (about 30 KB, measured).
/// That is acceptable for a quiz: one script per request, and code already compiled by this
/// worker (every key, common answers) is reused from <see cref="Cache"/>; the supervisor replaces
/// workers after 250 requests, which bounds the total.</summary>
internal static class QuizCompiler
{
    private const int CacheLimit = 4096;

    private static readonly Dictionary<string, Delegate> Cache = new(StringComparer.Ordinal);

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(Array.Empty<MetadataReference>())
        .WithImports("System")
        .WithMetadataResolver(new NoMetadataResolver())
        .WithSourceResolver(new NoSourceResolver())
        .WithAllowUnsafe(false)
        .WithCheckOverflow(false)
        .WithOptimizationLevel(OptimizationLevel.Release)
        .WithEmitDebugInformation(false);

    /// <summary>One result per expression: the delegate, or why it does not compile.</summary>
    public static IReadOnlyList<(Delegate? function, string? problem)> Compile(IReadOnlyList<QuizExpression> expressions)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = expressions.Select(e => e.Lambda).Where(l => !Cache.ContainsKey(l)).Distinct(StringComparer.Ordinal).ToList();
        // Each round either succeeds or removes the lambdas that failed; a failure that cannot be
        // placed fails all that remain, so this ends.
        while (pending.Count > 0)
        {
            var failed = CompileRound(pending);
            if (failed is null) break;
            foreach (var (lambda, problem) in failed) problems[lambda] = problem;
            pending = pending.Where(l => !failed.ContainsKey(l)).ToList();
        }
        return expressions.Select(e =>
            Cache.TryGetValue(e.Lambda, out var d) ? (d, (string?)null)
            : ((Delegate?)null, problems.GetValueOrDefault(e.Lambda, "it could not be compiled"))).ToList();
    }

    /// <summary>Compiles and runs one script holding every lambda; null on success (the delegates
    /// are cached), else the lambdas that failed and why.</summary>
    private static Dictionary<string, string>? CompileRound(List<string> lambdas)
    {
        var spans = new List<(int start, int end)>();
        var code = new System.Text.StringBuilder("new System.Delegate[] {\n");
        foreach (var l in lambdas)
        {
            spans.Add((code.Length, code.Length + l.Length));
            code.Append(l).Append(",\n");
        }
        code.Append('}');

        var script = CSharpScript.Create<Delegate[]>(code.ToString(), Options);
        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            var at = error.Location.SourceSpan.Start;
            var index = spans.FindIndex(s => at >= s.start && at <= s.end);
            var message = QuizFeedback.DoesNotCompile(error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            if (index < 0) return lambdas.ToDictionary(l => l, _ => message);
            failed.TryAdd(lambdas[index], message);
        }
        if (failed.Count > 0) return failed;

        // The renderer can only write allowed code; this is the tripwire if that ever stops being true.
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Single();
        foreach (var (symbol, position) in QuizSymbolCheck.Forbidden(compilation, tree))
        {
            var index = spans.FindIndex(s => position >= s.start && position <= s.end);
            var message = QuizFeedback.DoesNotCompile($"'{symbol}' is not allowed");
            if (index < 0) return lambdas.ToDictionary(l => l, _ => message);
            failed.TryAdd(lambdas[index], message);
        }
        if (failed.Count > 0) return failed;

        var delegates = script.RunAsync().GetAwaiter().GetResult().ReturnValue;
        if (Cache.Count + lambdas.Count > CacheLimit) Cache.Clear();
        for (var i = 0; i < lambdas.Count; i++) Cache[lambdas[i]] = delegates[i];
        return null;
    }

    /// <summary>#r resolves nothing: no assembly beyond the core library can be referenced.</summary>
    private sealed class NoMetadataResolver : MetadataReferenceResolver
    {
        public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) => [];

        public override bool Equals(object? other) => other is NoMetadataResolver;

        public override int GetHashCode() => 1;
    }

    /// <summary>#load is refused: no file is read.</summary>
    private sealed class NoSourceResolver : SourceReferenceResolver
    {
        public override string? NormalizePath(string path, string? baseFilePath) => null;

        public override string? ResolveReference(string path, string? baseFilePath) => null;

        public override Stream OpenRead(string resolvedPath) => throw new FileNotFoundException("#load is not allowed");

        public override bool Equals(object? other) => other is NoSourceResolver;

        public override int GetHashCode() => 2;
    }
}
