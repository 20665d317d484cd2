using System.Diagnostics;
using Grader.Loading;
using Grader.Modules;
using Grader.Protocol;
using Grader.Workers;

namespace Grader.Pipeline;

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
        _session = new WorkerSession(WorkerLimits.For(module));
        var folder = module.Layout.PublicTests(module.Slug);
        _publicTests = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal)
                .Select(f => new SourceFile(CourseLayout.PublicTestsFolderName + "/" + Path.GetFileName(f), File.ReadAllText(f))).ToList()
            : [];
    }

    public CourseModule Module => _module;

    public async Task<CheckResult> CheckAsync(string folder, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var loaded = SubmissionLoader.Load(_module, folder);
        var run = loaded.Error is not null
            ? new RunOutcome()
            : await _session.GradeAsync(WorkerRequests.Check(_module, loaded, _publicTests), await Calibration.CheckLimitsAsync(_module, _session, _publicTests, ct), ct);
        return new CheckResult(_module.Slug, loaded, run, clock.Elapsed);
    }

    public ValueTask DisposeAsync() => _session.DisposeAsync();
}
