namespace Grader.Protocol;

/// <summary>How one quiz answer was judged.</summary>
public sealed record QuizOutcome
{
    public required string Id { get; init; }

    /// <summary>correct | wrong | invalid (not an allowed expression, or it does not compile) | missing
    /// | error (the key is broken or the worker failed); see <see cref="QuizStatus"/>.</summary>
    public required string Status { get; init; }

    public double Score { get; init; }

    /// <summary>Feedback for the student: the slip named, or where the answer differs from the key.</summary>
    public string? Message { get; init; }
}
