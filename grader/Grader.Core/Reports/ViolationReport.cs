using Newtonsoft.Json;

namespace Grader.Reports;

/// <summary>A use of a forbidden API, flagged for the student and the instructor.</summary>
public sealed record ViolationReport
{
    [JsonProperty("symbol")] public required string Symbol { get; init; }
    [JsonProperty("file")] public required string File { get; init; }
    [JsonProperty("line")] public int Line { get; init; }
    [JsonProperty("column")] public int Column { get; init; }
    [JsonProperty("member")] public string Member { get; init; } = "";
    [JsonProperty("reason")] public required string Reason { get; init; }
    [JsonProperty("text")] public required string Text { get; init; }
}
