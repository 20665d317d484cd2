using Grader.Protocol;
using Grader.Reports;

namespace Grader.Batch;

/// <summary>What a regrade changed: for each student whose score moved, the total, each task and each
/// test that moved, before → after, and why — from the two reports' fingerprint parts, limits and
/// tests. Students graded again with the same score are counted, not listed.</summary>
public sealed record RegradeDiff(IReadOnlyList<ScoreChange> Changes, int Regraded, int ScoreChanged)
{
    public static RegradeDiff Compare(IEnumerable<(GradeReport before, GradeReport after)> pairs)
    {
        var changes = new List<ScoreChange>();
        int regraded = 0, moved = 0;
        foreach (var (before, after) in pairs.OrderBy(p => p.after.Submission, StringComparer.Ordinal))
        {
            regraded++;
            if (before.Score == after.Score) continue;
            moved++;
            var why = Causes(before, after);
            var student = after.Submission;
            changes.Add(new ScoreChange(student, ScoreChange.Total, "", before.Score, after.Score, why));
            foreach (var id in before.Tasks.Select(t => t.Id).Union(after.Tasks.Select(t => t.Id)))
            {
                var b = before.Tasks.FirstOrDefault(t => t.Id == id);
                var a = after.Tasks.FirstOrDefault(t => t.Id == id);
                if (b?.Score == a?.Score && b?.MaxScore == a?.MaxScore) continue;
                changes.Add(new ScoreChange(student, ScoreChange.Task, id, b?.Score, a?.Score,
                    b is null ? "task added" : a is null ? "task removed" : b.MaxScore != a.MaxScore ? $"task worth {Show.Points(b.MaxScore)} → {Show.Points(a.MaxScore)}" : why));
            }
            foreach (var name in before.Tests.Select(t => t.FullName).Union(after.Tests.Select(t => t.FullName)))
            {
                var b = before.Tests.FirstOrDefault(t => t.FullName == name);
                var a = after.Tests.FirstOrDefault(t => t.FullName == name);
                if (TestWhy(b, a, why) is { } testWhy)
                    changes.Add(new ScoreChange(student, ScoreChange.Test, (a ?? b)!.Name, b?.Score, a?.Score, testWhy));
            }
            if (before.Quiz?.Score != after.Quiz?.Score)
                changes.Add(new ScoreChange(student, ScoreChange.Task, "quiz", before.Quiz?.Score, after.Quiz?.Score, why));
        }
        return new RegradeDiff(changes, regraded, moved);
    }

    /// <summary>Why a test's line changed, or null when it did not.</summary>
    private static string? TestWhy(TestReport? b, TestReport? a, string why)
    {
        if (b is null) return "test added";
        if (a is null) return "test removed";
        if (b.Score == a.Score && b.MaxScore == a.MaxScore && b.Status == a.Status) return null;
        if (b.MaxScore != a.MaxScore) return $"test worth {Show.Points(b.MaxScore)} → {Show.Points(a.MaxScore)}";
        return $"{b.Status.ToWire()} → {a.Status.ToWire()}; {why}";
    }

    /// <summary>Which of the grading inputs differ between the two reports.</summary>
    internal static string Causes(GradeReport before, GradeReport after)
    {
        var causes = new List<string>();
        var (b, a) = (before.Run.FingerprintParts, after.Run.FingerprintParts);
        if (b is null || a is null) causes.Add("graded before reports recorded what graded them");
        else
        {
            if (b.Grader != a.Grader) causes.Add($"grader {b.Grader} → {a.Grader}");
            if (b.HiddenTests != a.HiddenTests) causes.Add("hidden tests changed");
            if (b.Manifest != a.Manifest) causes.Add("manifest changed");
            if (b.Reference != a.Reference) causes.Add("reference solution changed");
            if (b.QuizKey != a.QuizKey) causes.Add("quiz key changed");
        }
        var limits = LimitChanges(before.Run.Limits, after.Run.Limits);
        if (limits.Length > 0) causes.Add("limits changed: " + limits);
        else if (b is not null && a is not null && b.Limits != a.Limits) causes.Add("limits changed");
        return causes.Count == 0 ? "graded again with the same inputs (a timing-dependent result?)" : string.Join("; ", causes);
    }

    private static string LimitChanges(Modules.ModuleLimits b, Modules.ModuleLimits a)
    {
        var parts = new List<string>();
        void Compare(string name, double x, double y) { if (x != y) parts.Add($"{name} {Show.Points(x)} → {Show.Points(y)}"); }
        Compare("test_timeout_seconds", b.TestTimeoutSeconds, a.TestTimeoutSeconds);
        Compare("submission_timeout_seconds", b.SubmissionTimeoutSeconds, a.SubmissionTimeoutSeconds);
        Compare("compile_seconds", b.CompileSeconds, a.CompileSeconds);
        Compare("memory_mb", b.MemoryMb, a.MemoryMb);
        Compare("output_kb", b.OutputKb, a.OutputKb);
        return string.Join(", ", parts);
    }
}
