using System.Diagnostics;
using Grader.Loading;
using Grader.Modules;
using Grader.Protocol;
using Grader.Workers;

namespace Grader.Checking;

/// <summary>Runs a module's public sample tests against a student's files through the same
/// pipeline as grading (load → compile → policy → run, in a worker). Keeps its worker warm, so
/// repeated checks (watch mode) cost a compile and a test run, not a process start.</summary>
public sealed class SubmissionChecker : IAsyncDisposable
{
    private readonly CourseModule _module;
    private readonly WorkerSession _session;
    private readonly IReadOnlyList<SourceFile> _publicTests;

    public SubmissionChecker(CourseModule module)
    {
        _module = module;
        _session = new WorkerSession(new WorkerLimits(module.Manifest.Limits.MemoryMb, [module.TestsDirectory]));
        var folder = Path.Combine(module.AssignmentDirectory, "PublicTests");
        _publicTests = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal)
                .Select(f => new SourceFile("PublicTests/" + Path.GetFileName(f), File.ReadAllText(f))).ToList()
            : [];
    }

    public CourseModule Module => _module;

    /// <summary>Starts the worker ahead of the first check (the cold start is most of its cost).</summary>
    public Task WarmUpAsync(CancellationToken ct) =>
        _session.DiscoverAsync(_module.Manifest.Assembly, _module.TestsDirectory, _module.Manifest.TestsAssembly, ct);

    public async Task<CheckResult> CheckAsync(string folder, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var loaded = SubmissionLoader.Load(_module, folder);
        if (loaded.Error is not null) return new CheckResult(_module.Slug, loaded, new RunOutcome(), clock.Elapsed);
        var limits = _module.Manifest.Limits;
        var run = await _session.GradeAsync(new WorkerRequest
        {
            Nonce = "",
            Kind = RequestKind.Check,
            AssemblyName = _module.Manifest.Assembly,
            Sources = loaded.Sources,
            TestSources = _publicTests,
            TestsDirectory = _module.TestsDirectory,
            TestsAssembly = _module.Manifest.TestsAssembly,
            Policy = _module.Manifest.Policy,
            OutputCapBytes = limits.OutputKb * 1024,
        }, TimeSpan.FromSeconds(limits.TestTimeoutSeconds), TimeSpan.FromSeconds(limits.SubmissionTimeoutSeconds), ct);
        return new CheckResult(_module.Slug, loaded, run, clock.Elapsed);
    }

    public ValueTask DisposeAsync() => _session.DisposeAsync();
}
