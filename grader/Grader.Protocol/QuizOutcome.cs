namespace Grader.Protocol;

/// <summary>How one quiz answer was judged.</summary>
public sealed record QuizOutcome
{
    public required string Id { get; init; }

    public required QuizStatus Status { get; init; }

    /// <summary>Points are not here: the supervisor awards them from the question, never from the worker.</summary>

    /// <summary>Feedback for the student: the slip named, or where the answer differs from the key.</summary>
    public string? Message { get; init; }
}
