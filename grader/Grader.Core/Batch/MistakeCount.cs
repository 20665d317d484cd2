using Newtonsoft.Json;

namespace Grader.Batch;

/// <summary>One catalogued mistake and how many students of the batch made it.</summary>
public sealed record MistakeCount
{
    [JsonProperty("id")] public required string Id { get; init; }
    [JsonProperty("title")] public string Title { get; init; } = "";
    [JsonProperty("students")] public int Students { get; init; }
}
