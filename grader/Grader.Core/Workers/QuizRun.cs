using Grader.Protocol;

namespace Grader.Workers;

/// <summary>What a worker said about a quiz: an outcome per question, or why it could not judge
/// them (timed out, crashed) as a sentence.</summary>
public sealed record QuizRun(IReadOnlyList<QuizOutcome> Outcomes, string? Failure)
{
    public static QuizRun Failed(string reason) => new([], reason);
}
