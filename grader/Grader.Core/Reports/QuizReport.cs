using Newtonsoft.Json;

namespace Grader.Reports;

/// <summary>The quiz part of a report: points earned and available, and each question's verdict.
/// Its points are included in the report's score and max_score.</summary>
public sealed record QuizReport
{
    [JsonProperty("score")] public double Score { get; init; }
    [JsonProperty("max_score")] public double MaxScore { get; init; }
    [JsonProperty("questions")] public IReadOnlyList<QuizQuestionReport> Questions { get; init; } = [];
}
