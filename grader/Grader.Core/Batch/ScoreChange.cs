namespace Grader.Batch;

/// <summary>One line of a regrade's changes: a student's total, a task or a test, before → after,
/// and why. Before or after is null when the task or test did not exist on that side.</summary>
public sealed record ScoreChange(string Student, string Scope, string Name, double? Before, double? After, string Why)
{
    public const string Total = "total";
    public const string Task = "task";
    public const string Test = "test";
}
