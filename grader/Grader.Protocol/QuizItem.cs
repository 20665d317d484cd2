namespace Grader.Protocol;

/// <summary>One quiz question as the worker evaluates it: the answer and the key are C#
/// expressions over <see cref="Parameters"/> (a number, a lambda body, or an array of numbers),
/// compared at seeded points drawn from <see cref="Domain"/> (one [lo, hi] per parameter).</summary>
public sealed record QuizItem
{
    public required string Id { get; init; }

    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>Empty where the key is not available (a student's repository): the answer is then
    /// only checked (allowed, no slip, compiles) and is at best <see cref="QuizStatus.Accepted"/>.</summary>
    public required string Key { get; init; }

    /// <summary>The student's answer; null when the question was not answered.</summary>
    public string? Answer { get; init; }

    public IReadOnlyList<double[]> Domain { get; init; } = [];

    /// <summary>Relative tolerance of the comparison.</summary>
    public double Tolerance { get; init; } = 1e-9;
}
