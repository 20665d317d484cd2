namespace Grader.Workers;

/// <summary>The CPU time each phase of grading may use. A test's limit comes from what the
/// reference solution needs on this machine (<see cref="Factor"/> × its cost, at least
/// <see cref="Floor"/>); a test whose cost is unknown (no calibration, or a check's public tests)
/// gets <see cref="Uncalibrated"/>.</summary>
public sealed record TimeLimits
{
    /// <summary>A correct solution may be this many times slower than the reference (LINQ for loops,
    /// recomputation, the Debug build students get too).</summary>
    public const double Factor = 10;

    /// <summary>The least any calibrated test gets. A test in a cold worker, JIT and all, used at most
    /// 10 ms of CPU in modules 01 and 02 (measured); this leaves room for what a correct solution may
    /// add beyond 10 × the reference (printing while it debugs: 1.6 million lines in one golden case
    /// take 0.2 s), and a hung test's stop and its retry each cost about this much.</summary>
    public static readonly TimeSpan Floor = TimeSpan.FromSeconds(0.5);

    /// <summary>Compiling: a cold worker needs 1–2 s of CPU; Roslyn on hostile source far more
    /// (<see cref="Modules.ModuleLimits.CompileSeconds"/>).</summary>
    public TimeSpan Compile { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Uncalibrated { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether a timed-out test runs again on a fresh worker before the timeout counts.
    /// A grade's timeouts do; a check's are feedback while the student works (`watch` reruns on
    /// every save), and a second try there only doubles the wait on an infinite loop.</summary>
    public bool RetryTimeouts { get; init; } = true;

    /// <summary>CPU milliseconds the reference needs, by test full name.</summary>
    public IReadOnlyDictionary<string, double> ReferenceCpuMs { get; init; } = new Dictionary<string, double>();

    /// <summary>A wall-clock bound on the whole submission, if the module sets one; each test is
    /// bounded by its own limit either way, so no test is starved by another.</summary>
    public TimeSpan? Submission { get; init; }

    public TimeSpan ForTest(string fullName) =>
        ReferenceCpuMs.TryGetValue(fullName, out var ms) ? Max(Floor, TimeSpan.FromMilliseconds(ms * Factor)) : Uncalibrated;

    public double? ReferenceSeconds(string fullName) => ReferenceCpuMs.TryGetValue(fullName, out var ms) ? ms / 1000 : null;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
