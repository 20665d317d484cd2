using Newtonsoft.Json;

namespace Grader.Reports;

/// <summary>One quiz question's verdict.</summary>
public sealed record QuizQuestionReport
{
    [JsonProperty("id")] public required string Id { get; init; }
    [JsonProperty("prompt")] public string Prompt { get; init; } = "";
    [JsonProperty("status")] public required Protocol.QuizStatus Status { get; init; }
    [JsonProperty("score")] public double Score { get; init; }
    [JsonProperty("max_score")] public double MaxScore { get; init; }
    [JsonProperty("message")] public string? Message { get; init; }
}
