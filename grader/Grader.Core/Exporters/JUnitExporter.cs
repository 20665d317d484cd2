using Grader.Protocol;
using System.Globalization;
using System.Xml.Linq;
using Grader.Reports;

namespace Grader.Exporters;

/// <summary>JUnit XML, for CI systems and dashboards: one testsuite per module, one testcase per
/// test; points as properties; compiler errors as the suite's system-err. A test that did not run
/// (no files, nothing compiled, a grading that stopped) scored nothing, so it is a failure carrying
/// the reason, not a skip: a dashboard must not show an empty submission as 20 skipped tests.</summary>
public sealed class JUnitExporter : IReportExporter
{
    public string Name => "junit";

    public string DefaultFileName => "junit.xml";

    public string Export(GradeReport report)
    {
        var failures = report.Tests.Count(t => t.Status is TestStatus.Failed or TestStatus.NotRun);
        var errors = report.Tests.Count(t => t.Status is TestStatus.Error or TestStatus.Timeout or TestStatus.Crashed);
        var suite = new XElement("testsuite",
            new XAttribute("name", report.Module),
            new XAttribute("tests", report.Tests.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", errors),
            new XAttribute("skipped", 0),
            new XAttribute("time", Show.Seconds(report.Run.DurationMs / 1000)),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "score"), new XAttribute("value", report.Score.ToString(CultureInfo.InvariantCulture))),
                new XElement("property", new XAttribute("name", "max_score"), new XAttribute("value", report.MaxScore.ToString(CultureInfo.InvariantCulture))),
                new XElement("property", new XAttribute("name", "status"), new XAttribute("value", report.Status.ToWire()))));
        foreach (var t in report.Tests)
        {
            var dot = t.Name.IndexOf('.');
            var testCase = new XElement("testcase",
                new XAttribute("classname", report.Module + "." + (dot > 0 ? t.Name[..dot] : "")),
                new XAttribute("name", dot > 0 ? t.Name[(dot + 1)..] : t.Name),
                new XAttribute("time", Show.Seconds(t.DurationMs / 1000)),
                new XElement("properties",
                    new XElement("property", new XAttribute("name", "points"), new XAttribute("value", t.Score.ToString(CultureInfo.InvariantCulture))),
                    new XElement("property", new XAttribute("name", "max_points"), new XAttribute("value", t.MaxScore.ToString(CultureInfo.InvariantCulture)))));
            switch (t.Status)
            {
                case TestStatus.Failed or TestStatus.NotRun:
                    testCase.Add(new XElement("failure", new XAttribute("message", Show.Xml(t.Message)), new XAttribute("type", t.FeedbackId), Show.Xml(t.Message)));
                    break;
                case TestStatus.Error or TestStatus.Timeout or TestStatus.Crashed:
                    testCase.Add(new XElement("error", new XAttribute("message", Show.Xml(t.Message)), new XAttribute("type", t.FeedbackId), Show.Xml(t.Message)));
                    break;
            }
            if (!string.IsNullOrEmpty(t.Output)) testCase.Add(new XElement("system-out", Show.Xml(t.Output)));
            suite.Add(testCase);
        }
        if (report.Diagnostics.Any(d => d.Severity == "error"))
            suite.Add(new XElement("system-err", Show.Xml(string.Join("\n", report.Diagnostics.Where(d => d.Severity == "error").Select(d => d.Text)))));
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite, QuizSuite(report)));
        using var writer = new Utf8StringWriter();
        doc.Save(writer);
        return writer + "\n";
    }

    /// <summary>The quiz as its own suite, so the tests' suite still counts only tests.</summary>
    private static XElement? QuizSuite(GradeReport report)
    {
        if (report.Quiz is not { } quiz) return null;
        var suite = new XElement("testsuite",
            new XAttribute("name", report.Module + ".quiz"),
            new XAttribute("tests", quiz.Questions.Count),
            new XAttribute("failures", quiz.Questions.Count(q => q.Status is QuizStatus.Wrong or QuizStatus.Invalid or QuizStatus.Missing)),
            new XAttribute("errors", quiz.Questions.Count(q => q.Status == QuizStatus.Error)),
            new XAttribute("skipped", 0),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "score"), new XAttribute("value", quiz.Score.ToString(CultureInfo.InvariantCulture))),
                new XElement("property", new XAttribute("name", "max_score"), new XAttribute("value", quiz.MaxScore.ToString(CultureInfo.InvariantCulture)))));
        foreach (var q in quiz.Questions)
        {
            var testCase = new XElement("testcase", new XAttribute("classname", report.Module + ".quiz"), new XAttribute("name", q.Id));
            if (q.Status == QuizStatus.Error) testCase.Add(new XElement("error", new XAttribute("message", Show.Xml(q.Message)), new XAttribute("type", "quiz.error"), Show.Xml(q.Message)));
            else if (q.Status != QuizStatus.Correct) testCase.Add(new XElement("failure", new XAttribute("message", Show.Xml(q.Message)), new XAttribute("type", "quiz." + q.Status.ToWire()), Show.Xml(q.Message)));
            suite.Add(testCase);
        }
        return suite;
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
