using Newtonsoft.Json;

namespace Grader.Quiz;

/// <summary>One question of assignments/&lt;slug&gt;/quiz.json, as students see it: no key here.</summary>
public sealed record QuizQuestion
{
    [JsonProperty("id", Required = Required.Always)] public string Id { get; init; } = "";
    [JsonProperty("prompt", Required = Required.Always)] public string Prompt { get; init; } = "";
    /// <summary>The variables the answer may use, in the order a lambda answer declares them.</summary>
    [JsonProperty("parameters")] public IReadOnlyList<string> Parameters { get; init; } = [];
    /// <summary>One [lo, hi] per parameter: where answer and key are compared.</summary>
    [JsonProperty("domain")] public IReadOnlyList<double[]> Domain { get; init; } = [];
    [JsonProperty("points")] public double Points { get; init; } = 1;
    /// <summary>Relative tolerance: |answer − key| ≤ tolerance·max(1, |key|).</summary>
    [JsonProperty("tolerance")] public double Tolerance { get; init; } = 1e-9;
    /// <summary>Extra feedback shown with a wrong answer.</summary>
    [JsonProperty("hint")] public string? Hint { get; init; }
}
