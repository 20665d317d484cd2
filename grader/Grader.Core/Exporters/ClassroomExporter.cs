using Grader.Protocol;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Grader.Reports;

namespace Grader.Exporters;

/// <summary>GitHub Classroom's runner JSON, as read by classroom-resources/autograding-grading-reporter
/// (its source, src/ in that repository, is ported line for line in tests/Grader.Tests/ClassroomReporter.cs): version 1, pass|fail|error, and on every test a numeric score and
/// line_no (the reporter prints "line undefined" and posts NaN points without them). The workflow
/// base64-encodes this into the step output `result`.</summary>
public sealed class ClassroomExporter : IReportExporter
{
    public string Name => "classroom";

    public string DefaultFileName => "classroom.json";

    public string Export(GradeReport report)
    {
        var tests = new JArray(report.Tests.Select(t =>
        {
            var o = new JObject
            {
                ["name"] = t.Name,
                ["status"] = t.Status switch { TestStatus.Passed => "pass", TestStatus.Failed => "fail", _ => "error" },
                ["score"] = t.Score,
                ["test_code"] = "",
                ["filename"] = "",
                ["line_no"] = 0,
                ["duration"] = (long)Math.Round(t.DurationMs),
            };
            // Hidden tests keep their points but not their messages.
            if (t.Status != TestStatus.Passed && t.Visibility == "visible" && t.Message is not null) o["message"] = t.Message;
            return o;
        }));
        // Quiz questions count like tests: the reporter's total is the sum over this array.
        foreach (var q in report.Quiz?.Questions ?? [])
        {
            var o = new JObject
            {
                ["name"] = QuizSections.TestName(q), ["status"] = q.Status == QuizStatus.Correct ? "pass" : "fail", ["score"] = q.Score,
                ["test_code"] = "", ["filename"] = "", ["line_no"] = 0, ["duration"] = 0,
            };
            if (q.Status != QuizStatus.Correct && q.Message is not null) o["message"] = q.Message;
            tests.Add(o);
        }
        if (tests.Count == 0)
            // The reporter needs at least the array; an ungraded submission shows as one errored entry.
            tests.Add(new JObject { ["name"] = report.ModuleTitle, ["status"] = "error", ["score"] = 0, ["message"] = report.Message, ["test_code"] = "", ["filename"] = "", ["line_no"] = 0, ["duration"] = 0 });
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
}
