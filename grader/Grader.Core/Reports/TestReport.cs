using Newtonsoft.Json;

namespace Grader.Reports;

/// <summary>One hidden test case's result.</summary>
public sealed record TestReport
{
    [JsonProperty("name")] public required string Name { get; init; }
    [JsonProperty("full_name")] public required string FullName { get; init; }
    [JsonProperty("task")] public string? Task { get; init; }
    /// <summary>passed | failed | error | timeout | crashed | not_run</summary>
    [JsonProperty("status")] public required string Status { get; init; }
    [JsonProperty("feedback_id")] public required string FeedbackId { get; init; }
    [JsonProperty("score")] public double Score { get; init; }
    [JsonProperty("max_score")] public double MaxScore { get; init; }
    [JsonProperty("message")] public string? Message { get; init; }
    [JsonProperty("output")] public string? Output { get; init; }
    [JsonProperty("visibility")] public string Visibility { get; init; } = "visible";
    [JsonProperty("duration_ms")] public double DurationMs { get; init; }
}
