using Grader.Protocol;

namespace Grader.Workers;

/// <summary>Everything the workers said about one submission, before scoring.</summary>
public sealed record RunOutcome
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public IReadOnlyList<PolicyViolation> Violations { get; init; } = [];

    /// <summary>Check runs only: errors compiling the public tests against the submission.</summary>
    public IReadOnlyList<Diagnostic> TestDiagnostics { get; init; } = [];

    /// <summary>Outcomes by test full name; tests absent here never ran.</summary>
    public IReadOnlyDictionary<string, TestOutcome> Tests { get; init; } = new Dictionary<string, TestOutcome>();

    /// <summary>Set when grading could not run to the end for a reason outside any one test.</summary>
    public RunFailure? Failure { get; init; }

    public int WorkerRestarts { get; init; }
}
