using Newtonsoft.Json;

namespace Grader.Reports;

/// <summary>The late policy as applied to one submission.</summary>
public sealed record LateInfo
{
    [JsonProperty("submitted_at")] public DateTimeOffset SubmittedAt { get; init; }
    /// <summary>"roster" (a time column) or "git" (the last commit of the submission's repository).</summary>
    [JsonProperty("source")] public required string Source { get; init; }
    /// <summary>The student's deadline: the course's, or their extension.</summary>
    [JsonProperty("deadline")] public DateTimeOffset Deadline { get; init; }
    [JsonProperty("extension")] public bool Extension { get; init; }
    /// <summary>Started days past the deadline, after the grace minutes; 0 when on time.</summary>
    [JsonProperty("days_late")] public int DaysLate { get; init; }
    [JsonProperty("penalty_percent")] public double PenaltyPercent { get; init; }
}
