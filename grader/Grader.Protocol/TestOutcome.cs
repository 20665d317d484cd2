namespace Grader.Protocol;

/// <summary>How one test ended inside the worker.</summary>
public sealed record TestOutcome
{
    public required TestStatus Status { get; init; }

    /// <summary>Stable id of the kind of result, see <see cref="FeedbackIds"/>.</summary>
    public required string FeedbackId { get; init; }

    public string? Message { get; init; }

    public string? Output { get; init; }

    public double DurationMs { get; init; }

    /// <summary>CPU time the worker used while the test ran: what calibration measures on the reference.</summary>
    public double CpuMs { get; init; }

    /// <summary>Set by the supervisor when the test ran twice (it timed out once, and ran again on a fresh worker).</summary>
    public int? Attempts { get; init; }

    /// <summary>Plot data the test recorded (already within <see cref="Figures.FigureBounds"/>); null for none.</summary>
    public IReadOnlyList<Figures.Figure>? Figures { get; init; }
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
