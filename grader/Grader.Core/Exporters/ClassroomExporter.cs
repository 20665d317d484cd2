using Grader.Protocol;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Grader.Reports;

namespace Grader.Exporters;

/// <summary>GitHub Classroom's runner JSON, as read by classroom-resources/autograding-grading-reporter
/// (its source, src/ in that repository, is ported line for line in tests/Grader.Tests/ClassroomReporter.cs): version 1, pass|fail|error, and on every test a numeric score and
/// line_no (the reporter prints "line undefined" and posts NaN points without them). The workflow
/// base64-encodes this into the step output `result`.
/// The reporter posts the sum of the entries' scores, but the total it prints in the job log is
/// (entries passed / entries) × max_score. So that both are the grade, every entry is worth the
/// same: a test worth k points is listed as k one-point entries ("name (point 2 of 3)"), passed as
/// far as it scored.</summary>
public sealed class ClassroomExporter : IReportExporter
{
    public string Name => "classroom";

    public string DefaultFileName => "classroom.json";

    /// <summary>More entries than this and the runner JSON lists each test once instead (the job
    /// log's figure may then differ from the posted points; no module comes near it).</summary>
    private const int MaxEntries = 2000;

    public string Export(GradeReport report)
    {
        var items = report.Tests.Select(t => new Item(t.Name, t.MaxScore, t.Score,
                t.Status switch { TestStatus.Passed => "pass", TestStatus.Failed => "fail", _ => "error" },
                // Hidden tests keep their points but not their messages.
                t.Status != TestStatus.Passed && t.Visibility == "visible" ? t.Message : null, (long)Math.Round(t.DurationMs)))
            // Quiz questions count like tests: the reporter's total is the sum over this array.
            .Concat((report.Quiz?.Questions ?? []).Select(q => new Item(QuizSections.TestName(q), q.MaxScore, q.Score,
                q.Status == QuizStatus.Correct ? "pass" : "fail", q.Status != QuizStatus.Correct ? q.Message : null, 0)))
            .ToList();
        var tests = new JArray();
        var unit = PointUnit(items);
        foreach (var item in items)
        {
            if (unit is null) { tests.Add(Entry(item.Name, item.Status, item.Score, item.Message, item.DurationMs)); continue; }
            // Zero-point tests are left out: an entry worth nothing would still count in the log's ratio.
            var count = (int)Math.Round(item.MaxScore / unit.Value);
            var passed = (int)Math.Round(item.Score / unit.Value);
            for (var i = 0; i < count; i++)
            {
                var name = count == 1 ? item.Name : $"{item.Name} (point {i + 1} of {count})";
                tests.Add(i < passed
                    ? Entry(name, "pass", unit.Value, null, i == 0 ? item.DurationMs : 0)
                    : Entry(name, item.Status == "pass" ? "fail" : item.Status, 0, i == passed ? item.Message : null, i == 0 ? item.DurationMs : 0));
            }
        }
        if (tests.Count == 0)
            // The reporter needs at least the array; an ungraded submission shows as one errored entry.
            tests.Add(Entry(report.ModuleTitle, "error", 0, report.Message, 0));
        var status = report.Status switch
        {
            ReportStatus.Graded when report.Tests.All(t => t.Status == TestStatus.Passed) && (report.Quiz?.Questions.All(q => q.Status == QuizStatus.Correct) ?? true) => "pass",
            ReportStatus.Graded or ReportStatus.Timeout or ReportStatus.Crash => "fail",
            _ => "error",
        };
        var root = new JObject
        {
            ["version"] = 1,
            ["status"] = status,
            ["max_score"] = report.MaxScore,
            ["tests"] = tests,
        };
        return root.ToString(Formatting.None) + "\n";
    }

    /// <summary>The points every entry is worth: the largest that divides every test's maximum
    /// and score (1 for this course's whole points), or null when that would make too many entries.</summary>
    private static double? PointUnit(IReadOnlyList<Item> items)
    {
        // In thousandths of a point, the precision reports keep.
        static long Milli(double v) => (long)Math.Round(v * 1000);
        var unit = items.SelectMany(i => new[] { Milli(i.MaxScore), Milli(i.Score) }).Where(v => v > 0).Aggregate(0L, Gcd);
        if (unit == 0) return null;
        var entries = items.Sum(i => Milli(i.MaxScore) / unit);
        return entries > MaxEntries ? null : unit / 1000.0;
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);

    private static JObject Entry(string name, string status, double score, string? message, long durationMs)
    {
        var o = new JObject
        {
            ["name"] = name, ["status"] = status, ["score"] = score,
            ["test_code"] = "", ["filename"] = "", ["line_no"] = 0, ["duration"] = durationMs,
        };
        if (message is not null) o["message"] = message;
        return o;
    }

    private sealed record Item(string Name, double MaxScore, double Score, string Status, string? Message, long DurationMs);
}
