using Newtonsoft.Json;

namespace Grader.Reports;

/// <summary>The grader's one report of one submission. Every exporter formats this; none scores.
/// Its JSON shape is published in grader/report.schema.json — bump <see cref="CurrentVersion"/>
/// on any incompatible change.</summary>
public sealed record GradeReport
{
    public const int CurrentVersion = 1;

    [JsonProperty("version")] public int Version { get; init; } = CurrentVersion;
    [JsonProperty("module")] public required string Module { get; init; }
    [JsonProperty("module_title")] public string ModuleTitle { get; init; } = "";
    [JsonProperty("submission")] public string Submission { get; init; } = "";
    [JsonProperty("status")] public required ReportStatus Status { get; init; }
    [JsonProperty("feedback_id")] public required string FeedbackId { get; init; }
    [JsonProperty("message")] public required string Message { get; init; }
    [JsonProperty("score")] public double Score { get; init; }
    [JsonProperty("max_score")] public double MaxScore { get; init; }
    [JsonProperty("tasks")] public IReadOnlyList<TaskScore> Tasks { get; init; } = [];
    [JsonProperty("tests")] public IReadOnlyList<TestReport> Tests { get; init; } = [];
    [JsonProperty("diagnostics")] public IReadOnlyList<DiagnosticReport> Diagnostics { get; init; } = [];
    [JsonProperty("violations")] public IReadOnlyList<ViolationReport> Violations { get; init; } = [];
    [JsonProperty("notes")] public IReadOnlyList<string> Notes { get; init; } = [];
    /// <summary>Set when the module has a quiz; its points are part of Score and MaxScore.</summary>
    [JsonProperty("quiz")] public QuizReport? Quiz { get; init; }
    /// <summary>Hand adjustments and the late penalty, applied on top of the graded score (Score
    /// includes them); absent when there are none. Never in the stored reports/ of a batch.</summary>
    [JsonProperty("adjustments")] public IReadOnlyList<AdjustmentReport>? Adjustments { get; init; }
    /// <summary>When the submission was handed in and against which deadline; set when the course has a late policy.</summary>
    [JsonProperty("late")] public LateInfo? Late { get; init; }
    [JsonProperty("run")] public RunInfo Run { get; init; } = new();
}
