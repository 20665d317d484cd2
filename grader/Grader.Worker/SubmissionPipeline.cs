using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Grader.Protocol;
using Grader.Worker.Compile;
using Grader.Worker.Policy;
using Grader.Worker.Run;

namespace Grader.Worker;

/// <summary>One request, start to finish: <see cref="Compile"/> → <see cref="EnforcePolicy"/> →
/// <see cref="RunTests"/>, each step reported as it completes. Members that do not compile or break
/// the policy are quarantined so the rest of the submission still scores; a step that leaves
/// nothing to run ends the request early (its event already says why).</summary>
internal sealed class SubmissionPipeline(EventChannel channel)
{
    private const int TestThreadStackBytes = 1024 * 1024;

    /// <summary>The compiler ran out of memory during the last request: the worker should be replaced.</summary>
    public bool Exhausted { get; private set; }

    private static Protocol.Diagnostic TooLarge(string what, FileLinePositionSpan? at = null) => new(at?.Path ?? "", at is { } a ? a.StartLinePosition.Line + 1 : 0,
        at is { } c ? c.StartLinePosition.Character + 1 : 0, "error", "GRADER0001", at is not null
        ? $"The compiler ran out of memory compiling {what}: it was cut out of grading. Split very long expressions, switch expressions or initializers into smaller parts."
        : $"The compiler ran out of memory compiling {what}, even without its largest member: split very long expressions, switch expressions or initializers into smaller parts.");

    /// <summary>Phase timings for profiling (GRADER_WORKER_TRACE=1), on the real stderr.</summary>
    internal static TextWriter? TraceOut { get; set; }

    public void Handle(WorkerRequest request)
    {
        Exhausted = false;
        MemberQuarantine.Forget();
        switch (request.Kind)
        {
            case RequestKind.Quiz: Quiz.QuizRequest.Handle(request, channel); return;
            case RequestKind.Discover: Discover(request); return;
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Mark(string phase) => TraceOut?.WriteLine($"{phase} {clock.Elapsed.TotalMilliseconds:0}");

        if (request is { Kind: RequestKind.Grade, Compiled: { } image })
        {
            // A fresh worker continuing a submission whose test was stopped: compiled and checked already.
            // Its compilation is rebuilt only if a message needs the declarations: binding is what a restart saves.
            var rebuilt = () => Guard(SubmissionCompiler.Create(request.AssemblyName, request.Sources), Provided(request)).compilation;
            RunTests(RunnableSubmission.From(image, rebuilt), request);
            Mark("tests");
            return;
        }
        var (compiled, captures) = Compile(request);
        Mark("compile");
        if (compiled is null) return;
        compiled = EnforcePolicy(compiled, request.Policy, captures);
        Mark("policy");
        if (compiled is null) return;
        var runnable = RunnableSubmission.Of(compiled);
        // Before any of the submission's code runs: a fresh worker carrying on after a stopped test gets this.
        if (request.Kind == RequestKind.Grade) channel.Send(new WorkerEvent { Type = EventType.Image, Image = runnable.ToImage() });
        RunTests(runnable, request, compiled);
        Mark("tests");
    }

    private static HashSet<string> Provided(WorkerRequest request) =>
        request.Sources.Where(s => s.Provided).Select(s => s.Path).ToHashSet(StringComparer.Ordinal);

    /// <summary>The student's declarations that would change what a name means to the course's code
    /// or to the grader's messages, left out (<see cref="ReservedNamespaceGuard"/>, <see cref="CourseCodeGuard"/>).</summary>
    private static (CSharpCompilation compilation, IReadOnlyList<PolicyViolation> violations) Guard(CSharpCompilation compilation, IReadOnlySet<string> provided)
    {
        var (reserved, outside) = ReservedNamespaceGuard.Protect(compilation, provided);
        var (guarded, captured) = CourseCodeGuard.Protect(reserved, provided);
        return (guarded, [.. outside, .. captured]);
    }

    /// <summary>The submission compiled in memory, without any declaration that would change what
    /// the course's own files mean (<see cref="CourseCodeGuard"/>: those are returned as
    /// violations); members that do not compile are cut out.</summary>
    private (CompiledSubmission?, IReadOnlyList<PolicyViolation> captures) Compile(WorkerRequest request)
    {
        var provided = Provided(request);
        var (compilation, captures) = Guard(SubmissionCompiler.Create(request.AssemblyName, request.Sources), provided);
        var compiled = EmitOrCutLargest(compilation, provided);
        if (compiled is null)
        {
            channel.Send(new WorkerEvent { Type = EventType.Compiled, Diagnostics = [TooLarge("the submission")] });
            return (null, captures);
        }
        channel.Send(new WorkerEvent { Type = EventType.Compiled, Diagnostics = compiled.Diagnostics });
        if (compiled.Succeeded) return (compiled, captures);
        // The emit's own errors: asking the compilation again would bind every method body a second time.
        var errors = compiled.Errors.Where(d => d.Location.IsInSource)
            .Select(d => (d.Location, $"{Member(compiled.Compilation, d.Location)} does not compile: {SubmissionCompiler.ToDiagnostic(d)}"));
        return (Recompile(compiled, errors, MemberQuarantine.CompileMarker), captures);
    }

    /// <summary>The emitted compilation; when the compiler runs out of memory, the same without the
    /// largest student member (named in a diagnostic); null when even that is too much.</summary>
    private CompiledSubmission? EmitOrCutLargest(CSharpCompilation compilation, IReadOnlySet<string> provided)
    {
        try { return SubmissionCompiler.Emit(compilation); }
        catch (Exception e) when (CompilerExhaustion.IsExhaustion(e))
        {
            // What is left of the compiler's work is garbage; the worker is replaced after this request.
            Exhausted = true;
        }
        if (CompilerExhaustion.CutLargestMember(compilation, provided) is not { } cut) return null;
        try
        {
            var compiled = SubmissionCompiler.Emit(cut.compilation);
            return compiled with { Diagnostics = [TooLarge(cut.member, cut.at), .. compiled.Diagnostics] };
        }
        catch (Exception e) when (CompilerExhaustion.IsExhaustion(e))
        {
            return null;
        }
    }

    /// <summary>The submission with every member that uses a forbidden API cut out.</summary>
    /// <param name="captures">Declarations already left out by the compile step, reported with the rest.</param>
    private CompiledSubmission? EnforcePolicy(CompiledSubmission compiled, PolicySpec policy, IReadOnlyList<PolicyViolation> captures)
    {
        var violations = PolicyChecker.Check(compiled.Compilation, policy);
        channel.Send(new WorkerEvent { Type = EventType.Policy, Violations = [.. captures.Concat(violations).Take(ReportBounds.Violations)] });
        if (violations.Count == 0) return compiled;
        // One message per member name, naming every forbidden API it uses. Every location is
        // passed on: overloads share a name, and each of them must be cut out.
        var cut = violations.GroupBy(v => v.Member).SelectMany(g => g.Select(v => (Locate(compiled.Compilation, v), Describe(g))));
        var quarantined = Recompile(compiled, cut, MemberQuarantine.PolicyMarker);
        return quarantined is null || PolicyChecker.Check(quarantined.Compilation, policy).Count > 0 ? null : quarantined;
    }

    /// <summary>The hidden tests (or, for a check, the public tests compiled against the
    /// submission) run on their own thread, each result streamed as it finishes.</summary>
    /// <param name="compiled">For a check: the submission the public tests compile against.</param>
    private void RunTests(RunnableSubmission submission, WorkerRequest request, CompiledSubmission? compiled = null)
    {
        var (testsDirectory, testsAssembly) = (request.TestsDirectory, request.TestsAssembly);
        string? publicTests = null;
        if (request.Kind == RequestKind.Check && compiled is not null)
        {
            var (path, errors) = PublicTestCompiler.Compile(compiled, request);
            if (path is null)
            {
                // The sample tests do not compile (against this code, when there is no reference build):
                // almost always a changed signature.
                channel.Send(new WorkerEvent { Type = EventType.Compiled, Diagnostics = errors, Message = WorkerEvent.PublicTestsMessage });
                return;
            }
            publicTests = path;
            (testsDirectory, testsAssembly) = (Path.GetDirectoryName(path)!, PublicTestCompiler.AssemblyName);
        }

        var context = new SubmissionLoadContext(request.AssemblyName, submission.Image, submission.Pdb, testsDirectory);
        var tests = context.LoadFromAssemblyName(new System.Reflection.AssemblyName(testsAssembly));
        var translator = new FeedbackTranslator(submission.Compilation, request.AssemblyName, submission.MarkerSecret, submission.Quarantined);
        var listener = new StreamingListener(channel, translator, request.OutputCapBytes);
        // Tests run on a thread with a modest stack: runaway recursion then overflows after
        // ~10k frames instead of ~500k, and the runtime's dying stack dump is short, so a
        // stack overflow is reported in well under a second.
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { TestRun.Run(tests, listener, request.SkipTests.ToHashSet()); }
            catch (Exception e) { failure = e; }
        }, TestThreadStackBytes)
        { IsBackground = true, Name = "tests" };
        thread.Start();
        thread.Join();
        if (publicTests is not null) PublicTestCompiler.Discard(publicTests);
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
    }

    private void Discover(WorkerRequest request)
    {
        var context = new SubmissionLoadContext(request.AssemblyName, null, null, request.TestsDirectory);
        var tests = context.LoadFromAssemblyName(new System.Reflection.AssemblyName(request.TestsAssembly));
        var root = TestRun.Load(tests);
        channel.Send(new WorkerEvent { Type = EventType.Discovered, Tests = TestCatalog.All(root) });
    }

    /// <summary>The submission with the given members' bodies replaced by a throw, compiled again;
    /// null when that is impossible or still does not compile.</summary>
    private static CompiledSubmission? Recompile(CompiledSubmission compiled, IEnumerable<(Location, string)> reasons, string marker)
    {
        var trees = MemberQuarantine.Rewrite(compiled.Compilation, reasons, marker);
        if (trees is null) return null;
        var again = SubmissionCompiler.Emit(compiled.Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(trees));
        return again.Succeeded ? again : null;
    }

    private static string Describe(IEnumerable<PolicyViolation> violations)
    {
        // Each API once, however often (or in however many overloads) it is used.
        var uses = violations.DistinctBy(v => v.Symbol).ToList();
        var who = uses[0].Member.Length > 0 ? uses[0].Member : "This code";
        if (uses.Count == 1) return $"{who} uses {uses[0].Symbol}, which is not allowed: {uses[0].Reason.TrimEnd('.')}.";
        return $"{who} uses APIs that are not allowed: " + string.Join("; ", uses.Select(u => $"{u.Symbol} ({u.Reason.TrimEnd('.')})")) + ".";
    }

    private static Location Locate(CSharpCompilation compilation, PolicyViolation v)
    {
        var tree = compilation.SyntaxTrees.First(t => t.FilePath == v.File);
        var position = tree.GetText().Lines[v.Line - 1].Start + v.Column - 1;
        return Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(position, 0));
    }

    private static string Member(CSharpCompilation compilation, Location location)
    {
        var tree = location.SourceTree!;
        var node = tree.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        var name = PolicyChecker.EnclosingMember(node, compilation.GetSemanticModel(tree));
        return name.Length > 0 ? name : "This code";
    }
}
