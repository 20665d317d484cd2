namespace Grader.Protocol;

/// <summary>How one test ended inside the worker.</summary>
public sealed record TestOutcome
{
    public required TestStatus Status { get; init; }

    /// <summary>Stable id of the kind of result, e.g. "test.not_implemented".</summary>
    public required string FeedbackId { get; init; }

    public string? Message { get; init; }

    public string? Output { get; init; }

    public double DurationMs { get; init; }
}

public enum TestStatus
{
    Passed,
    Failed,
    Error,
    Timeout,
    Crashed,
    NotRun,
}
