using Grader.Protocol;
using Newtonsoft.Json;
using Grader.Reports;

namespace Grader.Batch;

/// <summary>What an instructor wants to know about a whole batch, computed from the stored
/// reports only (so a merged or resumed batch summarises exactly what its reports say).</summary>
public sealed record BatchSummary
{
    [JsonProperty("module")] public string Module { get; init; } = "";
    [JsonProperty("submissions")] public int Submissions { get; init; }
    [JsonProperty("max_score")] public double MaxScore { get; init; }
    [JsonProperty("mean")] public double Mean { get; init; }
    [JsonProperty("median")] public double Median { get; init; }
    [JsonProperty("min")] public double Min { get; init; }
    [JsonProperty("max")] public double Max { get; init; }
    [JsonProperty("full_marks")] public int FullMarks { get; init; }
    [JsonProperty("by_status")] public IReadOnlyDictionary<string, int> ByStatus { get; init; } = new Dictionary<string, int>();
    /// <summary>Ten bins of the score as a share of the maximum: [0,10%), …, [90%,100%].</summary>
    [JsonProperty("distribution")] public IReadOnlyList<int> Distribution { get; init; } = [];
    [JsonProperty("tests")] public IReadOnlyList<TestPassRate> Tests { get; init; } = [];
    /// <summary>Catalogued mistakes and how many students made each, most common first.</summary>
    [JsonProperty("mistakes")] public IReadOnlyList<MistakeCount> Mistakes { get; init; } = [];
    [JsonProperty("slowest")] public IReadOnlyList<SubmissionLine> Slowest { get; init; } = [];
    [JsonProperty("failing")] public IReadOnlyList<SubmissionLine> Failing { get; init; } = [];
    /// <summary>What looks wrong with the batch as a whole (wrong module, a class folder graded as
    /// one submission), one sentence each; the command line prints them at the end.</summary>
    [JsonProperty("warnings")] public IReadOnlyList<string> Warnings { get; init; } = [];

    public static BatchSummary Of(IReadOnlyList<BatchRow> reports, IReadOnlyList<TestPassRate> tests, IReadOnlyList<MistakeCount> mistakes)
    {
        var scores = reports.Select(r => r.Score).Order().ToList();
        var max = reports.Count == 0 ? 0 : reports.Max(r => r.MaxScore);
        var bins = new int[10];
        foreach (var r in reports)
            bins[r.MaxScore <= 0 ? 0 : Math.Min(9, (int)Math.Floor(10 * r.Score / r.MaxScore))]++;
        return new BatchSummary
        {
            Module = reports.FirstOrDefault()?.Module ?? "",
            Submissions = reports.Count,
            MaxScore = max,
            Mean = scores.Count == 0 ? 0 : Math.Round(scores.Average(), 3),
            Median = scores.Count == 0 ? 0 : scores.Count % 2 == 1 ? scores[scores.Count / 2] : (scores[scores.Count / 2 - 1] + scores[scores.Count / 2]) / 2,
            Min = scores.Count == 0 ? 0 : scores[0],
            Max = scores.Count == 0 ? 0 : scores[^1],
            FullMarks = reports.Count(r => r.MaxScore > 0 && r.Score >= r.MaxScore),
            ByStatus = reports.GroupBy(r => r.Status.ToWire()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Distribution = bins,
            Tests = tests,
            Mistakes = mistakes,
            Slowest = reports.OrderByDescending(r => r.DurationMs).ThenBy(r => r.Submission, StringComparer.Ordinal).Take(10).Select(Line).ToList(),
            Failing = reports.Where(r => r.Status != ReportStatus.Graded || r.Score == 0)
                .OrderBy(r => r.Submission, StringComparer.Ordinal).Select(Line).ToList(),
            Warnings = BatchWarnings.Of(reports),
        };
    }

    private static SubmissionLine Line(BatchRow r) => new()
    {
        Id = r.Submission, Score = r.Score, MaxScore = r.MaxScore, Status = r.Status.ToWire(), FeedbackId = r.FeedbackId, DurationMs = r.DurationMs, Message = r.Message,
    };
}

public sealed record TestPassRate
{
    [JsonProperty("name")] public required string Name { get; init; }
    [JsonProperty("task")] public string? Task { get; init; }
    [JsonProperty("passed")] public int Passed { get; init; }
    [JsonProperty("total")] public int Total { get; init; }
    [JsonProperty("rate")] public double Rate => Total == 0 ? 0 : Math.Round((double)Passed / Total, 4);
    /// <summary>The test's median time over the submissions it ran for; null when it never ran.</summary>
    [JsonProperty("median_duration_ms")] public double? MedianDurationMs { get; init; }
}

public sealed record SubmissionLine
{
    [JsonProperty("id")] public required string Id { get; init; }
    [JsonProperty("score")] public double Score { get; init; }
    [JsonProperty("max_score")] public double MaxScore { get; init; }
    [JsonProperty("status")] public required string Status { get; init; }
    [JsonProperty("feedback_id")] public string FeedbackId { get; init; } = "";
    [JsonProperty("duration_ms")] public double DurationMs { get; init; }
    [JsonProperty("message")] public string Message { get; init; } = "";
}
