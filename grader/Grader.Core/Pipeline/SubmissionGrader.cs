using System.Diagnostics;
using Grader.Loading;
using Grader.Modules;
using Grader.Protocol;
using Grader.Reports;
using Grader.Scoring;
using Grader.Workers;

namespace Grader.Pipeline;

/// <summary>The pipeline for one module: load → (worker: compile → policy → run) → score → report.
/// Keeps its worker and the module's test list between submissions.</summary>
public sealed class SubmissionGrader : IAsyncDisposable
{
    private readonly CourseModule _module;

    private readonly WorkerLimits _limits;
    private readonly WorkerSession _session;
    private IReadOnlyList<TestInfo>? _catalog;
    private readonly Quiz.SubmissionQuiz? _quiz;


    public SubmissionGrader(CourseModule module)
    {
        _module = module;
        _limits = new WorkerLimits(module.Manifest.Limits.MemoryMb, [module.TestsDirectory]);
        _session = new WorkerSession(_limits);
        _quiz = Quiz.SubmissionQuiz.For(module);
    }

    public CourseModule Module => _module;

    /// <summary>Worker processes started so far (see <see cref="WorkerSession.WorkersStarted"/>).</summary>
    public int WorkersStarted => _session.WorkersStarted;

    public async Task<GradeReport> GradeAsync(string submissionFolder, string submissionName, CancellationToken ct = default)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var limits = _module.Manifest.Limits;
        _catalog ??= await _session.DiscoverAsync(_module.Manifest.Assembly, _module.TestsDirectory, _module.Manifest.TestsAssembly, ct);

        var loaded = SubmissionLoader.Load(_module, submissionFolder);
        var run = loaded.Error is not null
            ? new RunOutcome()
            : await _session.GradeAsync(new WorkerRequest
            {
                Nonce = "",
                Kind = RequestKind.Grade,
                AssemblyName = _module.Manifest.Assembly,
                Sources = loaded.Sources,
                TestsDirectory = _module.TestsDirectory,
                TestsAssembly = _module.Manifest.TestsAssembly,
                Policy = _module.Manifest.Policy,
                OutputCapBytes = limits.OutputKb * 1024,
            }, TimeSpan.FromSeconds(limits.TestTimeoutSeconds), TimeSpan.FromSeconds(limits.SubmissionTimeoutSeconds), ct);

        var info = new RunInfo
        {
            StartedAt = started,
            DurationMs = Math.Round(clock.Elapsed.TotalMilliseconds, 1),
            Isolation = _limits.Isolation,
            Limits = new RunLimits
            {
                TestTimeoutSeconds = limits.TestTimeoutSeconds,
                SubmissionTimeoutSeconds = limits.SubmissionTimeoutSeconds,
                MemoryMb = limits.MemoryMb,
                OutputKb = limits.OutputKb,
            },
        };
        var report = Scorer.Score(_module, _catalog, loaded, run, info, submissionName);

        // The quiz (when the _module has one): graded apart from the tests, its points added to the report's.
        return _quiz is null ? report : await _quiz.AddToAsync(report, _session, submissionFolder, ct);
    }

    public ValueTask DisposeAsync() => _session.DisposeAsync();
}
