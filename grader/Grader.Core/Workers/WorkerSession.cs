using Grader.Protocol;

namespace Grader.Workers;

/// <summary>Drives requests through workers, enforcing the time limits by killing the worker. A
/// test that hangs or crashes its worker is charged to that test alone: a fresh worker runs the
/// tests that had not finished.</summary>
public sealed class WorkerSession(WorkerLimits limits) : IAsyncDisposable
{
    /// <summary>Listing the tests: a cold worker loading the hidden tests, a few seconds at most
    /// even on a busy machine; this only bounds a worker that hangs.</summary>
    private static readonly TimeSpan CompileLimit = TimeSpan.FromSeconds(120);

    /// <summary>Workers are replaced after this many requests: every submission leaves its load
    /// context behind (about 0.2 MB, see the worker's SubmissionLoadContext) and quiz scripting a
    /// small assembly per answer, so this keeps a batch's memory flat in N for the cost of one warm
    /// start (about 1 s of CPU) per 250 submissions.</summary>
    private const int RequestsPerWorker = 250;

    private WorkerProcess? _worker;

    /// <summary>Worker processes this session has started: the first, and one per restart,
    /// recycling or retirement.</summary>
    public int WorkersStarted { get; private set; }

    /// <summary>How one request's exchange with a worker ended.</summary>
    private enum Ending { Done, TimedOut, WorkerEnded }

    /// <summary>The module's tests and their points, read from the compiled hidden tests.</summary>
    public async Task<IReadOnlyList<TestInfo>> DiscoverAsync(WorkerRequest request, CancellationToken ct)
    {
        IReadOnlyList<TestInfo>? tests = null;
        string? fatal = null;
        var deadline = DateTime.UtcNow + CompileLimit;
        var (ending, exit) = await ExchangeAsync(request, () => DateTime.UtcNow > deadline, e =>
        {
            if (e.Type == EventType.Discovered) tests = e.Tests;
            if (e.Type == EventType.Fatal) fatal = e.Message;
        }, ct);
        return ending switch
        {
            Ending.TimedOut => throw GraderException.WorkerFailed("listing the hidden tests", $"no answer within {CompileLimit.TotalSeconds:0} s"),
            Ending.WorkerEnded => throw GraderException.WorkerFailed("listing the hidden tests", "the worker ended: " + exit!.StandardErrorTail),
            _ when fatal is not null => throw GraderException.WorkerFailed("listing the hidden tests", fatal),
            _ => tests ?? throw GraderException.WorkerFailed("listing the hidden tests", "the worker returned no tests"),
        };
    }

    /// <summary>Judges quiz answers in a worker (an answer is untrusted code). A worker that overruns
    /// <paramref name="limit"/> or dies is dropped and the failure returned as a value.</summary>
    public async Task<QuizRun> QuizAsync(WorkerRequest request, TimeSpan limit, CancellationToken ct)
    {
        IReadOnlyList<QuizOutcome>? outcomes = null;
        string? fatal = null;
        var deadline = DateTime.UtcNow + limit;
        var (ending, exit) = await ExchangeAsync(request, () => DateTime.UtcNow > deadline, e =>
        {
            if (e.Type == EventType.QuizGraded) outcomes = e.QuizOutcomes;
            if (e.Type == EventType.Fatal) fatal = e.Message;
        }, ct);
        return ending switch
        {
            Ending.TimedOut => QuizRun.Failed($"evaluating the answers took longer than {limit.TotalSeconds:0} s"),
            Ending.WorkerEnded => QuizRun.Failed("the grading process ended: " + exit!.Describe()),
            _ when fatal is not null => QuizRun.Failed("the grader failed: " + fatal),
            _ => outcomes is null ? QuizRun.Failed("the worker returned no result") : new QuizRun(outcomes, null),
        };
    }

    /// <summary>Compiles, checks and tests a submission. A test that overruns its CPU limit, stalls,
    /// or crashes the worker is charged to that test alone, and a fresh worker runs the tests that
    /// had not run, from the assembly the first one compiled. A timeout counts only if the test
    /// times out again on a fresh worker: a busy machine must not turn a correct solution into a
    /// timeout.</summary>
    public async Task<RunOutcome> GradeAsync(WorkerRequest request, TimeLimits limits, CancellationToken ct)
    {
        var finished = new Dictionary<string, TestOutcome>();
        var timedOutOnce = new HashSet<string>();
        IReadOnlyList<Diagnostic> diagnostics = [];
        IReadOnlyList<PolicyViolation> violations = [];
        IReadOnlyList<Diagnostic> testDiagnostics = [];
        var submissionDeadline = limits.Submission is { } total ? DateTime.UtcNow + total : DateTime.MaxValue;
        var restarts = 0;
        var retriedFresh = false;
        CompiledImage? image = null;

        RunOutcome Result(RunFailure? failure = null) => new()
        {
            Diagnostics = diagnostics, Violations = violations, TestDiagnostics = testDiagnostics, Tests = finished, Failure = failure, WorkerRestarts = restarts,
        };

        while (true)
        {
            string? current = null;
            string? fatal = null;
            var progressed = false;
            var compiled = image is not null;
            var budget = new WorkBudget(() => _worker?.CpuUsed() ?? TimeSpan.Zero);
            // Before its first test, a submission's crash or overrun in a worker that graded someone
            // else may be that worker's state, not the submission: only a fresh worker's verdict counts,
            // from a fresh compile too (the warm worker's image is what is in doubt).
            var warm = WorkerIsWarm();
            bool RetryOnFreshWorker()
            {
                if (!warm || finished.Count > 0 || retriedFresh) return false;
                (retriedFresh, image) = (true, null);
                return true;
            }
            void OnEvent(WorkerEvent e)
            {
                switch (e.Type)
                {
                    case EventType.Compiled when e.Message == WorkerEvent.PublicTestsMessage: testDiagnostics = e.Diagnostics ?? []; break;
                    case EventType.Compiled: diagnostics = e.Diagnostics ?? []; break;
                    case EventType.Policy: violations = e.Violations ?? []; compiled = true; break;
                    case EventType.Image: image = e.Image; break;
                    case EventType.TestStarted:
                        current = e.Test!.FullName;
                        budget.Start(limits.ForTest(current));
                        break;
                    case EventType.TestFinished:
                        var outcome = e.Outcome!;
                        if (timedOutOnce.Contains(e.Test!.FullName)) outcome = outcome with { Attempts = 2 };
                        finished[e.Test.FullName] = outcome;
                        current = null;
                        progressed = true;
                        // Between tests (fixtures' set-up and tear-down) as much as a test gets.
                        budget.Start(limits.Uncalibrated);
                        break;
                    case EventType.Fatal: fatal = e.Message; break;
                }
            }

            Overrun? overrun = null;
            budget.Start(limits.Compile);
            var (ending, exit) = await ExchangeAsync(request with { SkipTests = [.. finished.Keys], Compiled = request.Kind == RequestKind.Grade ? image : null }, () =>
            {
                overrun = DateTime.UtcNow > submissionDeadline ? Overrun.Wall : budget.Check();
                return overrun is not null;
            }, OnEvent, ct);
            if (ending == Ending.Done)
            {
                if (fatal is null) return Result();
                if (RetryOnFreshWorker()) { await DropWorkerAsync(kill: true); restarts++; continue; }
                return Result(RunFailure.Internal("The grader failed: " + fatal));
            }

            if (ending == Ending.TimedOut)
            {
                if (DateTime.UtcNow > submissionDeadline)
                {
                    var seconds = limits.Submission!.Value.TotalSeconds;
                    if (current is not null)
                        finished[current] = Timeout(FeedbackIds.Run.SubmissionTimeout, $"Stopped: the whole submission reached its time limit of {seconds:0.#} s while this test ran.", 1);
                    return Result(RunFailure.SubmissionTimeout($"The submission reached its total time limit of {seconds:0.#} s; tests that had not run score nothing."));
                }
                if (current is not null)
                {
                    // The first timeout may be the machine's doing: the test runs again on a fresh worker.
                    if (limits.RetryTimeouts && timedOutOnce.Add(current)) { restarts++; continue; }
                    finished[current] = Timeout(FeedbackIds.Run.Timeout,
                        $"Time limit exceeded: {Describe(overrun!.Value, budget, "this test", limits.ReferenceSeconds(current))} It was stopped{(limits.RetryTimeouts ? ", and again on a second try on a fresh worker" : "")}. " +
                        "Look for a loop that never ends, or for work that grows far faster than needed (for example finite differences where an analytic derivative is asked for).", limits.RetryTimeouts ? 2 : 1);
                }
                // Outside a test: a hang between two tests (a fixture's set-up or tear-down runs
                // the submission's code) gets a fresh worker for the rest, like a crash there.
                else if (!progressed)
                {
                    if (RetryOnFreshWorker()) { restarts++; continue; }
                    return Result(compiled
                        ? RunFailure.SetupTimeout($"The tests could not start: setting them up, which runs the submission's code, was stopped: {Describe(overrun!.Value, budget, "it", null)} Look for a loop that never ends.")
                        : RunFailure.CompileTimeout($"Compiling the submission was stopped: {Describe(overrun!.Value, budget, "it", null)} Simplify deeply nested or very long expressions."));
                }
            }
            else if (current is not null)
            {
                finished[current] = new TestOutcome { Status = TestStatus.Crashed, FeedbackId = FeedbackIds.Run.Crash, Message = exit!.Describe() };
            }
            else if (!progressed)
            {
                if (RetryOnFreshWorker()) { restarts++; continue; }
                return Result(RunFailure.Crash("The grading process crashed before any test ran: " + exit!.Describe()));
            }
            if (++restarts > 1000) return Result(RunFailure.Crash("Too many worker restarts."));
        }
    }

    /// <summary>What a phase did, for the student: the CPU it used against its limit and what the
    /// reference needs, or how long it waited without computing.</summary>
    private static string Describe(Overrun overrun, WorkBudget budget, string who, double? referenceSeconds)
    {
        var reference = referenceSeconds is { } r ? $" (the reference solution needs {Seconds(r)})" : "";
        return overrun switch
        {
            // Rounded up: "used 0.25 s, over its limit of 0.25 s" would read as no overrun at all.
            Overrun.Cpu => $"{who} used {Seconds(Math.Ceiling(budget.CpuSpent.TotalSeconds * 100) / 100)} of CPU time, over its limit of {Seconds(budget.Limit.TotalSeconds)}{reference}.",
            Overrun.Stalled => $"{who} waited {Seconds(budget.WallSpent.TotalSeconds)} without computing (it blocks, for example on input that never comes).",
            _ => $"{who} ran for {Seconds(budget.WallSpent.TotalSeconds)}, far past its limit of {Seconds(budget.Limit.TotalSeconds)} of CPU time{reference}.",
        };
    }

    private static string Seconds(double s) => s switch
    {
        < 0.1 => Math.Max(1, Math.Round(s * 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " ms",
        < 10 => s.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture) + " s",
        _ => s.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " s",
    };

    /// <summary>How late a stop may come after a limit is reached: reading /proc costs microseconds,
    /// and every stop of a hung test is paid at this granularity.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>Sends <paramref name="request"/> and hands each of its events to
    /// <paramref name="onEvent"/> until the worker says it is done, <paramref name="overrun"/> says
    /// the current phase is over its limit (asked at least every <see cref="Poll"/>; the worker is
    /// then killed), or the worker ends.</summary>
    private async Task<(Ending ending, WorkerExit? exit)> ExchangeAsync(WorkerRequest request, Func<bool> overrun, Action<WorkerEvent> onEvent, CancellationToken ct)
    {
        var worker = Worker();
        var nonce = WorkerProcess.NewNonce();
        await worker.SendAsync(request with { Nonce = nonce });
        while (true)
        {
            WorkerEvent? e;
            try { e = await worker.NextEventAsync(nonce, DateTime.UtcNow + Poll, ct); }
            catch (TimeoutException)
            {
                if (!overrun()) continue;
                await DropWorkerAsync(kill: true);
                return (Ending.TimedOut, null);
            }
            if (e is null) return (Ending.WorkerEnded, await DropWorkerAsync(kill: false));
            if (e.Type == EventType.Done) return (Ending.Done, null);
            onEvent(e);
        }
    }

    private static TestOutcome Timeout(string id, string message, int attempts) =>
        new() { Status = TestStatus.Timeout, FeedbackId = id, Message = message, Attempts = attempts > 1 ? attempts : null };

    /// <summary>Whether the next request goes to a worker that has already run someone's code.</summary>
    private bool WorkerIsWarm() => Reusable(_worker) && _worker!.CodeRequests > 0;

    private static bool Reusable(WorkerProcess? w) => w is { HasExited: false, RetireRequested: false } && w.Requests < RequestsPerWorker;

    private WorkerProcess Worker()
    {
        if (Reusable(_worker)) return _worker!;
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
