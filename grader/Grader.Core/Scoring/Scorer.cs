using Grader.Loading;
using Grader.Modules;
using Grader.Protocol;
using Grader.Protocol.Figures;
using Grader.Quiz;
using Grader.Reports;
using Grader.Workers;

namespace Grader.Scoring;

/// <summary>Turns what the workers said into the report: points from the tests' own metadata,
/// per-task sums, the quiz's points, and one status and message for the whole submission.</summary>
public static class Scorer
{
    public static GradeReport Score(CourseModule module, IReadOnlyList<TestInfo> catalog, LoadedSubmission loaded, RunOutcome run, GradedQuiz? quiz, RunInfo info, string submissionName)
    {
        var compileErrors = run.Diagnostics.Count(d => d.Severity == "error");
        var (notRunId, notRunMessage) =
            loaded.Error is { } le ? (le.FeedbackId, "Not run: " + le.Message)
            : compileErrors > 0 && run.Tests.Count == 0 ? (FeedbackIds.Compile.Error, "Not run: the submission does not compile (see the compiler errors).")
            : run.Violations.Count > 0 && run.Tests.Count == 0 ? (FeedbackIds.Policy.Violation, "Not run: the submission uses APIs that are not allowed (see the violations).")
            : run.Failure is { } f ? (f.FeedbackId, "Not run: " + f.Message)
            : (FeedbackIds.Test.NotRun, "Not run.");

        var outputLeft = ReportBounds.TotalOutputChars;
        int figuresLeft = FigureBounds.FiguresPerSubmission, pointsLeft = FigureBounds.PointsPerSubmission;
        var tests = catalog.Select(t =>
        {
            run.Tests.TryGetValue(t.FullName, out var o);
            var passed = o?.Status == TestStatus.Passed;
            return new TestReport
            {
                Name = t.Name,
                FullName = t.FullName,
                Task = t.Task,
                Status = o?.Status ?? TestStatus.NotRun,
                FeedbackId = o?.FeedbackId ?? notRunId,
                Score = passed ? t.Points : 0,
                MaxScore = t.Points,
                Message = o is null ? notRunMessage : ReportBounds.Cap(o.Message, ReportBounds.MessageChars),
                Output = Budget(o?.Output, ref outputLeft),
                Visibility = t.Visibility,
                DurationMs = o?.DurationMs ?? 0,
                Attempts = o?.Attempts,
                Figures = FigureBounds.Take(o?.Figures, ref figuresLeft, ref pointsLeft) is { Count: > 0 } figures ? figures : null,
            };
        }).ToList();

        var testScore = Math.Round(tests.Sum(t => t.Score), 6);
        var testMax = Math.Round(tests.Sum(t => t.MaxScore), 6);
        var (status, id, message) = Overall(loaded, run, compileErrors, tests, testScore, testMax);
        var quizReport = quiz?.Report;
        var score = quizReport is null ? testScore : Math.Round(testScore + quizReport.Score, 6);
        var max = quizReport is null ? testMax : Math.Round(testMax + quizReport.MaxScore, 6);
        if (quizReport is not null)
            message += $" Quiz: {Show.Points(quizReport.Score)} of {Show.Points(quizReport.MaxScore)} points; total {Show.Points(score)} of {Show.Points(max)}.";

        return new GradeReport
        {
            Module = module.Slug,
            ModuleTitle = module.Manifest.Title,
            Submission = submissionName,
            Status = status,
            FeedbackId = id,
            Message = message,
            Score = score,
            MaxScore = max,
            Tasks = TaskScores(module, tests),
            Tests = tests,
            Diagnostics = run.Diagnostics.Take(ReportBounds.Diagnostics).Select(d => new DiagnosticReport
            {
                File = d.File, Line = d.Line, Column = d.Column, Severity = d.Severity, Id = d.Id,
                Message = ReportBounds.Cap(d.Message, ReportBounds.DiagnosticMessageChars)!, Text = ReportBounds.Cap(d.ToString(), 2 * ReportBounds.DiagnosticMessageChars)!,
            }).ToList(),
            Violations = run.Violations.Take(ReportBounds.Violations).Select(v => new ViolationReport
            {
                Symbol = v.Symbol, File = v.File, Line = v.Line, Column = v.Column, Member = v.Member, Reason = v.Reason, Text = v.ToString(),
            }).ToList(),
            Notes = [.. loaded.Notes.Concat(quiz?.Notes ?? []).Take(ReportBounds.Notes).Select(n => ReportBounds.Cap(n, ReportBounds.MessageChars)!)],
            Quiz = quizReport,
            Run = info with { WorkerRestarts = run.WorkerRestarts },
        };
    }

    /// <summary>A test's output within what is left of the report's total output budget.</summary>
    private static string? Budget(string? output, ref int left)
    {
        if (output is null) return null;
        var kept = ReportBounds.Cap(output, Math.Max(0, left));
        left = Math.Max(0, left - output.Length);
        return kept;
    }

    private static (ReportStatus, string, string) Overall(LoadedSubmission loaded, RunOutcome run, int compileErrors, List<TestReport> tests, double score, double max)
    {
        if (loaded.Error is { } le) return (ReportStatus.LoadError, le.FeedbackId, le.Message);
        var ran = run.Tests.Count > 0;
        if (compileErrors > 0 && !ran)
            return (ReportStatus.CompileError, FeedbackIds.Compile.Error,
                $"The submission does not compile: {Show.Count(compileErrors, "error")}. Fix them and resubmit; no test could run.");
        if (run.Violations.Count > 0 && !ran)
            return (ReportStatus.PolicyViolation, FeedbackIds.Policy.Violation,
                $"The submission uses {Show.Count(run.Violations.Count, "API")} that graded code may not use; no test could run.");
        var passed = tests.Count(t => t.Status == TestStatus.Passed);
        var summary = $"Scored {Show.Points(score)} of {Show.Points(max)} points: {passed} of {tests.Count} tests passed.";
        // Partly broken but graded: say what was cut out, beside the score.
        if (compileErrors > 0)
            summary += $" {Show.Count(compileErrors, "compile error")} cut the members containing them out of grading.";
        if (run.Violations.Count > 0)
            summary += $" {Show.Count(run.Violations.Count, "use")} of APIs graded code may not use cut the members containing them out of grading.";
        if (run.Failure is { } f) return (f.Status, f.FeedbackId, f.Message + " " + summary);
        var id = compileErrors > 0 ? FeedbackIds.Graded.PartialCompile : run.Violations.Count > 0 ? FeedbackIds.Graded.PolicyQuarantine : FeedbackIds.Graded.Complete;
        return (ReportStatus.Graded, id, summary);
    }

    private static List<TaskScore> TaskScores(CourseModule module, List<TestReport> tests)
    {
        var titles = module.Manifest.Tasks.ToDictionary(t => t.Id, t => t.Title);
        var order = module.Manifest.Tasks.Select(t => t.Id).ToList();
        return tests.Where(t => t.Task is not null).GroupBy(t => t.Task!)
            .OrderBy(g => order.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TaskScore
            {
                Id = g.Key,
                Title = titles.GetValueOrDefault(g.Key, ""),
                Score = Math.Round(g.Sum(t => t.Score), 6),
                MaxScore = Math.Round(g.Sum(t => t.MaxScore), 6),
            }).ToList();
    }
}
