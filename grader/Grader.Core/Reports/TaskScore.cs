using Newtonsoft.Json;

namespace Grader.Reports;

/// <summary>Points per assignment task, summed from its tests.</summary>
public sealed record TaskScore
{
    [JsonProperty("id")] public required string Id { get; init; }
    [JsonProperty("title")] public string Title { get; init; } = "";
    [JsonProperty("score")] public double Score { get; init; }
    [JsonProperty("max_score")] public double MaxScore { get; init; }
}
