using Grader.Protocol;

namespace Grader.Workers;

/// <summary>Drives one submission (or one discovery) through workers, enforcing the time limits by
/// killing the worker. A test that hangs or crashes its worker is charged to that test alone: a
/// fresh worker runs the tests that had not finished.</summary>
public sealed class WorkerSession(WorkerLimits limits) : IAsyncDisposable
{
    /// <summary>Start-up plus compilation: a cold worker takes 1–2 s; Roslyn on hostile source can
    /// take far longer (FEASIBILITY §2), which is what this bounds.</summary>
    private static readonly TimeSpan CompileLimit = TimeSpan.FromSeconds(30);

    /// <summary>Workers are replaced after this many requests: every submission leaves its load
    /// context behind (about 0.2 MB, see the worker's SubmissionLoadContext) and quiz scripting a
    /// small assembly per answer, so this keeps a batch's memory flat in N for the cost of one warm
    /// start (about 1 s of CPU) per 250 submissions.</summary>
    private const int RequestsPerWorker = 250;

    private WorkerProcess? _worker;

    /// <summary>Worker processes this session has started: the first, and one per restart,
    /// recycling or retirement.</summary>
    public int WorkersStarted { get; private set; }

    public async Task<IReadOnlyList<TestInfo>> DiscoverAsync(string assemblyName, string testsDirectory, string testsAssembly, CancellationToken ct)
    {
        var worker = Worker();
        var nonce = WorkerProcess.NewNonce();
        await worker.SendAsync(new WorkerRequest
        {
            Nonce = nonce, Kind = RequestKind.Discover, AssemblyName = assemblyName,
            TestsDirectory = testsDirectory, TestsAssembly = testsAssembly,
        });
        IReadOnlyList<TestInfo>? tests = null;
        var deadline = DateTime.UtcNow + CompileLimit;
        while (true)
        {
            WorkerEvent? e;
            try { e = await worker.NextEventAsync(nonce, deadline, ct); }
            catch (TimeoutException) { await DropWorkerAsync(kill: true); throw new InvalidOperationException("test discovery timed out"); }
            if (e is null)
            {
                var exit = await DropWorkerAsync(kill: false);
                throw new InvalidOperationException("the worker ended during test discovery: " + exit.StandardErrorTail);
            }
            switch (e.Type)
            {
                case EventType.Discovered: tests = e.Tests; break;
                case EventType.Fatal: throw new InvalidOperationException("test discovery failed: " + e.Message);
                case EventType.Done: return tests ?? throw new InvalidOperationException("test discovery returned no tests");
            }
        }
    }

    /// <summary>Judges quiz answers in a worker (an answer is untrusted code). A worker that overruns
    /// <paramref name="limit"/> or dies is dropped and the failure returned as a value.</summary>
    public async Task<QuizRun> QuizAsync(IReadOnlyList<QuizItem> items, TimeSpan limit, CancellationToken ct)
    {
        var worker = Worker();
        var nonce = WorkerProcess.NewNonce();
        await worker.SendAsync(new WorkerRequest
        {
            Nonce = nonce, Kind = RequestKind.Quiz, AssemblyName = "", TestsDirectory = "", TestsAssembly = "", Quiz = items,
        });
        IReadOnlyList<QuizOutcome>? outcomes = null;
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            WorkerEvent? e;
            try { e = await worker.NextEventAsync(nonce, deadline, ct); }
            catch (TimeoutException)
            {
                await DropWorkerAsync(kill: true);
                return QuizRun.Failed($"evaluating the answers took longer than {limit.TotalSeconds:0} s");
            }
            if (e is null)
            {
                var exit = await DropWorkerAsync(kill: false);
                return QuizRun.Failed("the grading process ended: " + exit.Describe());
            }
            switch (e.Type)
            {
                case EventType.QuizGraded: outcomes = e.QuizOutcomes; break;
                case EventType.Fatal: return QuizRun.Failed("the grader failed: " + e.Message);
                case EventType.Done: return outcomes is null ? QuizRun.Failed("the worker returned no result") : new QuizRun(outcomes, null);
            }
        }
    }

    public async Task<RunOutcome> GradeAsync(WorkerRequest template, TimeSpan testLimit, TimeSpan submissionLimit, CancellationToken ct)
    {
        var finished = new Dictionary<string, TestOutcome>();
        IReadOnlyList<Diagnostic> diagnostics = [];
        IReadOnlyList<PolicyViolation> violations = [];
        IReadOnlyList<Diagnostic> testDiagnostics = [];
        var submissionDeadline = DateTime.UtcNow + submissionLimit;
        var restarts = 0;

        RunOutcome Result(RunFailure? failure = null) => new()
        {
            Diagnostics = diagnostics, Violations = violations, TestDiagnostics = testDiagnostics, Tests = finished, Failure = failure, WorkerRestarts = restarts,
        };

        while (true)
        {
            var worker = Worker();
            var nonce = WorkerProcess.NewNonce();
            await worker.SendAsync(template with { Nonce = nonce, SkipTests = [.. finished.Keys] });
            string? current = null;
            var started = DateTime.UtcNow;
            var deadline = Min(started + CompileLimit, submissionDeadline);
            var progressed = false;
            var compiled = false;
            while (true)
            {
                WorkerEvent? e;
                try
                {
                    e = await worker.NextEventAsync(nonce, deadline, ct);
                }
                catch (TimeoutException)
                {
                    await DropWorkerAsync(kill: true);
                    var overall = DateTime.UtcNow >= submissionDeadline;
                    if (current is not null)
                    {
                        finished[current] = overall
                            ? Timeout("grader.run.submission_timeout", $"Stopped: the whole submission reached its time limit of {submissionLimit.TotalSeconds:0.#} s while this test ran.")
                            : Timeout("grader.run.timeout", $"Time limit exceeded: this test ran longer than {testLimit.TotalSeconds:0.#} s and was stopped. Look for a loop that never ends, or for work that grows far faster than needed (for example finite differences where an analytic derivative is asked for).");
                    }
                    if (overall)
                        return Result(new RunFailure("grader.run.submission_timeout", $"The submission reached its total time limit of {submissionLimit.TotalSeconds:0.#} s; tests that had not run score nothing."));
                    // Outside a test: a hang between two tests (a fixture's set-up or tear-down runs
                    // the submission's code) gets a fresh worker for the rest, like a crash there.
                    if (current is null && !progressed)
                        return Result(compiled
                            ? new RunFailure("grader.run.setup_timeout", $"The tests could not start: setting them up, which runs the submission's code, took longer than {(deadline - started).TotalSeconds:0.#} s and was stopped. Look for a loop that never ends.")
                            : new RunFailure("grader.compile.timeout", $"Compiling the submission took longer than {CompileLimit.TotalSeconds:0} s and was stopped. Simplify deeply nested or very long expressions."));
                    restarts++;
                    break;
                }

                if (e is null)
                {
                    var exit = await DropWorkerAsync(kill: false);
                    if (current is not null)
                    {
                        finished[current] = new TestOutcome { Status = TestStatus.Crashed, FeedbackId = "grader.run.crash", Message = exit.Describe() };
                        restarts++;
                        break;
                    }
                    if (!progressed)
                        return Result(new RunFailure("grader.run.crash", "The grading process crashed before any test ran: " + exit.Describe()));
                    restarts++;
                    break;
                }

                switch (e.Type)
                {
                    case EventType.Compiled when e.Message == "public-tests":
                        testDiagnostics = e.Diagnostics ?? [];
                        break;
                    case EventType.Compiled:
                        diagnostics = e.Diagnostics ?? [];
                        break;
                    case EventType.Policy:
                        violations = e.Violations ?? [];
                        compiled = true;
                        break;
                    case EventType.TestStarted:
                        current = e.Test!.FullName;
                        deadline = Min(DateTime.UtcNow + testLimit, submissionDeadline);
                        break;
                    case EventType.TestFinished:
                        finished[e.Test!.FullName] = e.Outcome!;
                        current = null;
                        progressed = true;
                        deadline = Min(DateTime.UtcNow + testLimit, submissionDeadline);
                        break;
                    case EventType.Fatal:
                        return Result(new RunFailure("grader.internal", "The grader failed: " + e.Message));
                    case EventType.Done:
                        return Result();
                }
            }
            if (restarts > 1000) return Result(new RunFailure("grader.run.crash", "Too many worker restarts."));
        }
    }

    private static TestOutcome Timeout(string id, string message) =>
        new() { Status = TestStatus.Timeout, FeedbackId = id, Message = message };

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private WorkerProcess Worker()
    {
        if (_worker is { HasExited: false, RetireRequested: false } w && w.Requests < RequestsPerWorker) return w;
        if (_worker is not null) _ = _worker.DisposeAsync().AsTask();
        WorkersStarted++;
        return _worker = WorkerProcess.Start(limits);
    }

    private async Task<WorkerExit> DropWorkerAsync(bool kill)
    {
        var w = _worker!;
        _worker = null;
        if (kill) w.Kill();
        var exit = await w.WaitForExitAsync();
        await w.DisposeAsync();
        return exit;
    }

    public async ValueTask DisposeAsync()
    {
        if (_worker is not null) await _worker.DisposeAsync();
        _worker = null;
    }
}
