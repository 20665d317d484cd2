using Grader.Reports;

namespace Grader.Batch;

/// <summary>What people and policy change on top of the grader's reports: hand adjustments and the
/// late penalty. Applied as the class files and exports are written, never to the stored reports,
/// so a regrade recomputes the grade and the overlay applies again on top. Order: adjustments to
/// tests, tasks and the total by points, then the late penalty, then a total override (the
/// instructor's last word).</summary>
public sealed class GradeOverlay(IReadOnlyList<Adjustment> adjustments, Func<GradeReport, LateInfo?>? late = null)
{
    private readonly ILookup<string, Adjustment> _byStudent = adjustments.ToLookup(a => a.Student, StringComparer.Ordinal);

    public GradeReport Apply(GradeReport report)
    {
        var mine = _byStudent[report.Submission].ToList();
        var lateness = late?.Invoke(report);
        if (mine.Count == 0 && lateness is null) return report;
        var tests = report.Tests.ToList();
        var tasks = report.Tasks.ToList();
        var score = report.Score;
        var applied = new List<AdjustmentReport>();
        foreach (var a in mine.Where(a => !IsTotalOverride(a)))
        {
            double delta;
            if (a.Target == Adjustment.Total) delta = a.Points!.Value;
            else if (tests.FindIndex(t => t.Name == a.Target || t.FullName == a.Target) is var ti and >= 0)
            {
                var t = tests[ti];
                delta = a.Override is { } o ? o - t.Score : a.Points!.Value;
                tests[ti] = t with { Score = Math.Round(t.Score + delta, 6) };
                if (t.Task is { } taskId) tasks = Shift(tasks, taskId, delta);
            }
            else
            {
                var current = tasks.FirstOrDefault(t => t.Id == a.Target)?.Score ?? 0;
                delta = a.Override is { } o ? o - current : a.Points!.Value;
                tasks = Shift(tasks, a.Target, delta);
            }
            score += delta;
            applied.Add(Report(a, delta));
        }
        if (lateness is { PenaltyPercent: > 0 })
        {
            // The penalty is a share of what the student earned so far, adjustments included.
            var delta = Math.Round(-Math.Max(score, 0) * lateness.PenaltyPercent / 100, 6);
            applied.Add(new AdjustmentReport
            {
                Target = AdjustmentReport.LateTarget, Delta = delta, Who = "late policy",
                Comment = $"{Show.Count(lateness.DaysLate, "day")} late (submitted {lateness.SubmittedAt.UtcDateTime:yyyy-MM-dd HH:mm}Z, deadline {lateness.Deadline.UtcDateTime:yyyy-MM-dd HH:mm}Z{(lateness.Extension ? ", extended" : "")}): −{Show.Points(lateness.PenaltyPercent)}%",
            });
            score += delta;
        }
        foreach (var a in mine.Where(IsTotalOverride))
        {
            applied.Add(Report(a, a.Override!.Value - score));
            score = a.Override!.Value;
        }
        return report with { Score = Math.Round(Math.Max(score, 0), 6), Tests = tests, Tasks = tasks, Adjustments = applied.Count == 0 ? null : applied, Late = lateness };
    }

    private static bool IsTotalOverride(Adjustment a) => a.Target == Adjustment.Total && a.Override is not null;

    private static List<TaskScore> Shift(List<TaskScore> tasks, string id, double delta) =>
        tasks.Select(t => t.Id == id ? t with { Score = Math.Round(t.Score + delta, 6) } : t).ToList();

    private static AdjustmentReport Report(Adjustment a, double delta) => new()
    {
        Target = a.Target, Points = a.Points, Override = a.Override, Delta = Math.Round(delta, 6), Comment = a.Comment, Who = a.Who,
    };
}
