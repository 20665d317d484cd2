namespace Grader.Batch;

/// <summary>One row of an adjustments file: add <see cref="Points"/> to, or set to
/// <see cref="Override"/>, a student's total, task or test.</summary>
public sealed record Adjustment(int Line, string Student, string Target, double? Points, double? Override, string Comment, string Who)
{
    public const string Total = "total";
}
