using Newtonsoft.Json;

namespace Grader.Quiz;

/// <summary>The shape of assignments/&lt;slug&gt;/quiz.json.</summary>
public sealed record QuizQuestionsFile
{
    [JsonProperty("questions", Required = Required.Always)] public IReadOnlyList<QuizQuestion> Questions { get; init; } = [];
}
