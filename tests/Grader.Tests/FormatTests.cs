using Grader.Protocol;
using System.Xml.Linq;
using Grader.Exporters;
using Grader.Reports;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Every output format, from the golden reports: a golden file per format and situation
/// (Formats/&lt;case&gt;/, regenerated with UPDATE_GOLDEN=1), plus the rules each platform relies on.</summary>
[TestFixture]
public sealed class FormatTests
{
    private static readonly string[] Situations =
        ["01-what-is-calculus/reference", "01-what-is-calculus/partial", "01-what-is-calculus/compile-error",
         "01-what-is-calculus/infinite-loop", "01-what-is-calculus/hostile-empty", "01-what-is-calculus/hostile-forged-report"];

    /// <summary>The list the command line offers: a format added there gets its snapshots here.</summary>
    private static IReadOnlyList<IReportExporter> Exporters => ReportFormats.All;

    private static GradeReport Report(string situation) =>
        JsonExporter.Read(File.ReadAllText(Path.Combine(Repo.GoldenRoot, situation, "expected.json")));

    public static IEnumerable<TestCaseData> Cases() =>
        from s in Situations from e in Exporters select new TestCaseData(s, e.Name).SetName($"format:{e.Name}:{s}");

    [TestCaseSource(nameof(Cases))]
    public void Export_matches_the_golden_file(string situation, string format)
    {
        var exporter = Exporters.Single(e => e.Name == format);
        var actual = exporter.Export(Report(situation)).ReplaceLineEndings("\n");
        var path = Path.Combine(Repo.Root, "tests", "Grader.Tests", "Formats", situation.Replace('/', '_'), exporter.DefaultFileName);
        if (Repo.UpdateGolden || !File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            if (!Repo.UpdateGolden) Assert.Fail($"{path} did not exist and was written; review it and run again.");
            return;
        }
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path).ReplaceLineEndings("\n")), $"regenerate with UPDATE_GOLDEN=1 if the change to {format} is intended");
    }

    [TestCaseSource(nameof(SituationNames))]
    public void Classroom_points_equal_the_grade(string situation)
    {
        var report = Report(situation);
        var runner = JObject.Parse(new ClassroomExporter().Export(report));
        // What autograding-grading-reporter does (ported in ClassroomReporter.cs): totalPoints = Σ tests[].score,
        // maxPoints = max_score; it needs numeric score and line_no on every test and a tests array.
        var tests = (JArray)runner["tests"]!;
        Assert.That(tests, Is.Not.Empty);
        Assert.That(tests.All(t => t["score"]!.Type is JTokenType.Integer or JTokenType.Float), "numeric score on every test");
        Assert.That(tests.All(t => t["line_no"]!.Type == JTokenType.Integer), "line_no on every test");
        Assert.That(tests.Sum(t => (double)t["score"]!), Is.EqualTo(report.Score));
        Assert.That((double)runner["max_score"]!, Is.EqualTo(report.MaxScore));
        Assert.That((int)runner["version"]!, Is.EqualTo(1));
        Assert.That((string)runner["status"]!, Is.AnyOf("pass", "fail", "error"));
    }

    public static IEnumerable<string> SituationNames() => Situations;

    [TestCaseSource(nameof(SituationNames))]
    public void Gradescope_scores_add_up_and_hidden_tests_keep_their_visibility(string situation)
    {
        var report = Report(situation);
        var results = JObject.Parse(new GradescopeExporter().Export(report));
        Assert.That((double)results["score"]!, Is.EqualTo(report.Score));
        var tests = (JArray)results["tests"]!;
        // Gradescope shows the per-test scores next to the total: they must add up to it.
        Assert.That(tests.Sum(t => (double)t["score"]!), Is.EqualTo(report.Score).Within(1e-9));
        Assert.That(tests.Sum(t => (double)t["max_score"]!), Is.EqualTo(report.MaxScore));
        // Quiz questions follow the tests, always visible.
        Assert.That(tests.Select(t => (string)t["visibility"]!), Is.EqualTo(report.Tests.Select(t => t.Visibility).Concat((report.Quiz?.Questions ?? []).Select(_ => "visible"))));
        Assert.That(tests.All(t => (string)t["status"]! is "passed" or "failed"));
    }

    [TestCaseSource(nameof(SituationNames))]
    public void JUnit_is_well_formed_and_counts_agree(string situation)
    {
        var report = Report(situation);
        var doc = XDocument.Parse(new JUnitExporter().Export(report));
        var suite = doc.Root!.Element("testsuite")!;
        Assert.That((int)suite.Attribute("tests")!, Is.EqualTo(report.Tests.Count));
        Assert.That(suite.Elements("testcase").Count(c => c.Element("failure") is null && c.Element("error") is null && c.Element("skipped") is null),
            Is.EqualTo(report.Tests.Count(t => t.Status == TestStatus.Passed)));
        // Every suite's counts (the tests', and the quiz's when there is one) match its test cases.
        foreach (var s in doc.Root.Elements("testsuite"))
            using (Assert.EnterMultipleScope())
            {
                var cases = s.Elements("testcase").ToList();
                Assert.That((int)s.Attribute("tests")!, Is.EqualTo(cases.Count), "tests");
                foreach (var kind in new[] { "failures", "errors", "skipped" })
                    Assert.That((int?)s.Attribute(kind) ?? 0, Is.EqualTo(cases.Count(c => c.Element(kind == "failures" ? "failure" : kind == "errors" ? "error" : "skipped") is not null)), kind);
            }
        Assert.That(doc.Root.Elements("testsuite").Count(), Is.EqualTo(report.Quiz is null ? 1 : 2));
    }
}
