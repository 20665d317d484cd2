using System.Diagnostics;
using Grader.Loading;
using Grader.Modules;
using Grader.Protocol;
using Grader.Quiz;
using Grader.Reports;
using Grader.Scoring;
using Grader.Workers;

namespace Grader.Pipeline;

/// <summary>The pipeline for one module: load → run in a worker (compile → policy → tests) → quiz →
/// score. Keeps its worker and the module's test list between submissions.</summary>
public sealed class SubmissionGrader : IAsyncDisposable
{
    private readonly CourseModule _module;
    private readonly WorkerLimits _limits;
    private readonly WorkerSession _session;
    private readonly SubmissionQuiz? _quiz;
    private readonly FingerprintParts _fingerprint;
    private IReadOnlyList<TestInfo>? _catalog;
    private TimeLimits? _timeLimits;

    public SubmissionGrader(CourseModule module)
    {
        _module = module;
        _limits = WorkerLimits.For(module);
        _session = new WorkerSession(_limits);
        _quiz = SubmissionQuiz.For(module);
        _fingerprint = ModuleFingerprint.Parts(module);
    }

    public CourseModule Module => _module;

    /// <summary>Worker processes started so far (see <see cref="WorkerSession.WorkersStarted"/>).</summary>
    public int WorkersStarted => _session.WorkersStarted;

    public async Task<GradeReport> GradeAsync(string submissionFolder, string submissionName, CancellationToken ct = default)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        _catalog ??= await _session.DiscoverAsync(WorkerRequests.Discover(_module), ct);
        _timeLimits ??= await Calibration.LimitsAsync(_module, _session, ct);

        var loaded = SubmissionLoader.Load(_module, submissionFolder);
        var run = loaded.Error is not null ? new RunOutcome() : await _session.GradeAsync(WorkerRequests.Grade(_module, loaded), _timeLimits, ct);
        var quiz = _quiz is null ? null : await _quiz.GradeAsync(loaded, _session, ct);
        var info = new RunInfo
        {
            StartedAt = started,
            DurationMs = Math.Round(clock.Elapsed.TotalMilliseconds, 1),
            Isolation = _limits.Isolation,
            Limits = _module.Limits,
            Fingerprint = ModuleFingerprint.Of(_fingerprint),
            FingerprintParts = _fingerprint,
        };
        return Scorer.Score(_module, _catalog, loaded, run, quiz, info, submissionName);
    }

    /// <summary>The most a submission can score: every hidden test's points and the quiz's.</summary>
    public async Task<double> MaxScoreAsync(CancellationToken ct = default)
    {
        _catalog ??= await _session.DiscoverAsync(WorkerRequests.Discover(_module), ct);
        return Math.Round(_catalog.Sum(t => t.Points) + (_quiz?.MaxScore ?? 0), 6);
    }

    public ValueTask DisposeAsync() => _session.DisposeAsync();
}
