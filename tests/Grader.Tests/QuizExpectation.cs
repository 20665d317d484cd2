using Newtonsoft.Json;

namespace Grader.Tests;

/// <summary>case.json's "quiz": what a golden case's quiz must score, whatever expected.json says.</summary>
public sealed record QuizExpectation
{
    [JsonProperty("score")] public double? Score { get; init; }

    /// <summary>Question id → status (correct, wrong, invalid, missing).</summary>
    [JsonProperty("statuses")] public IReadOnlyDictionary<string, string> Statuses { get; init; } = new Dictionary<string, string>();
}
