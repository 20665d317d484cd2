using Newtonsoft.Json;

namespace Grader.Reports;

/// <summary>One hidden test case's result.</summary>
public sealed record TestReport
{
    [JsonProperty("name")] public required string Name { get; init; }
    [JsonProperty("full_name")] public required string FullName { get; init; }
    [JsonProperty("task")] public string? Task { get; init; }
    [JsonProperty("status")] public required Protocol.TestStatus Status { get; init; }
    [JsonProperty("feedback_id")] public required string FeedbackId { get; init; }
    [JsonProperty("score")] public double Score { get; init; }
    [JsonProperty("max_score")] public double MaxScore { get; init; }
    [JsonProperty("message")] public string? Message { get; init; }
    [JsonProperty("output")] public string? Output { get; init; }
    [JsonProperty("visibility")] public string Visibility { get; init; } = "visible";
    [JsonProperty("duration_ms")] public double DurationMs { get; init; }
    /// <summary>2 when the test timed out once and ran again on a fresh worker; absent otherwise.</summary>
    [JsonProperty("attempts")] public int? Attempts { get; init; }
    /// <summary>Plot data the test recorded, within Grader.Protocol's FigureBounds; absent when none.
    /// Data, not pictures: every format draws what it can from it.</summary>
    [JsonProperty("figures")] public IReadOnlyList<Protocol.Figures.Figure>? Figures { get; init; }
}
