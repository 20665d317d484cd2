using Newtonsoft.Json;

namespace Grader.Quiz;

/// <summary>The shape of tests/&lt;slug&gt;/quiz-key.json: the instructor's answer per question id,
/// kept with the hidden tests so it never ships with the assignment.</summary>
public sealed record QuizKeyFile
{
    [JsonProperty("keys", Required = Required.Always)] public IReadOnlyDictionary<string, string> Keys { get; init; } = new Dictionary<string, string>();
}
