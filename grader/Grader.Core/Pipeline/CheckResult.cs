using Grader.Loading;
using Grader.Protocol;
using Grader.Workers;

namespace Grader.Pipeline;

/// <summary>A student's local check: how the files were read, what the compiler and the policy
/// said, and each public test's outcome, in run order.</summary>
public sealed record CheckResult(
    string Module,
    LoadedSubmission Loaded,
    RunOutcome Run,
    TimeSpan Elapsed)
{
    public int Passed => Run.Tests.Values.Count(t => t.Status == TestStatus.Passed);

    public int Total => Run.Tests.Count;

    public bool AllPassed => Loaded.Error is null && Run.Failure is null && Run.TestDiagnostics.Count == 0 && Total > 0 && Passed == Total;
}
