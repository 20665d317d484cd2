using Grader.Reports;

namespace Grader.Batch;

/// <summary>One submission as the batch files see it: the report without its tests' messages,
/// output and diagnostics. The batch files are built from these, one report read at a time, so
/// summarising a batch takes memory for its rows only, not for every full report.</summary>
public sealed record BatchRow
{
    public required string Submission { get; init; }
    public required string Module { get; init; }
    public required ReportStatus Status { get; init; }
    public string FeedbackId { get; init; } = "";
    public double Score { get; init; }
    public double MaxScore { get; init; }
    public string Message { get; init; } = "";
    public double DurationMs { get; init; }
    public IReadOnlyList<TaskScore> Tasks { get; init; } = [];
    public double? QuizScore { get; init; }
    public double? QuizMaxScore { get; init; }
    /// <summary>Hand adjustments to the total (late penalty excluded); null when none.</summary>
    public double? Adjusted { get; init; }
    public LateInfo? Late { get; init; }
    public double? LatePenalty { get; init; }
    public string ModuleTitle { get; init; } = "";
    public DateTimeOffset? StartedAt { get; init; }
    public string GraderVersion { get; init; } = "";
    /// <summary>What went wrong beyond a low score, for the instructor's eye (<see cref="RowFlags"/>).</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
    /// <summary>Each quiz question's id and whether it was answered correctly, in quiz order.</summary>
    public IReadOnlyList<(string Id, bool Correct)> QuizAnswers { get; init; } = [];

    public static BatchRow Of(GradeReport r) => new()
    {
        Submission = r.Submission, Module = r.Module, Status = r.Status, FeedbackId = r.FeedbackId, Score = r.Score, MaxScore = r.MaxScore,
        Message = r.Message, DurationMs = r.Run.DurationMs, Tasks = r.Tasks, QuizScore = r.Quiz?.Score, QuizMaxScore = r.Quiz?.MaxScore,
        Adjusted = r.Adjustments?.Where(a => a.Target != AdjustmentReport.LateTarget).ToList() is { Count: > 0 } hand ? hand.Sum(a => a.Delta) : null,
        Late = r.Late, LatePenalty = r.Adjustments?.FirstOrDefault(a => a.Target == AdjustmentReport.LateTarget)?.Delta,
        ModuleTitle = r.ModuleTitle, StartedAt = r.Run.StartedAt, GraderVersion = r.Run.GraderVersion, Flags = RowFlags.Of(r),
        QuizAnswers = r.Quiz?.Questions.Select(q => (q.Id, q.Status == Protocol.QuizStatus.Correct)).ToList() ?? [],
    };
}
