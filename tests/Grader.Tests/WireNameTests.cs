using Grader.Protocol;
using Grader.Reports;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Every status a report, an export or the worker protocol writes is named by the one
/// policy (<see cref="WireName"/>), and those names are exactly the ones report.schema.json allows.</summary>
[TestFixture]
public sealed class WireNameTests
{
    private static readonly JObject Schema = JObject.Parse(File.ReadAllText(Path.Combine(Repo.Root, "grader", "report.schema.json")));

    private static IEnumerable<string> SchemaEnum(string path) => Schema.SelectToken(path)!["enum"]!.Select(v => (string)v!);

    [Test]
    public void Report_statuses_are_the_schemas() =>
        Assert.That(Enum.GetValues<ReportStatus>().Select(s => s.ToWire()), Is.EquivalentTo(SchemaEnum("properties.status")));

    [Test]
    public void Test_statuses_are_the_schemas() =>
        Assert.That(Enum.GetValues<TestStatus>().Select(s => s.ToWire()), Is.EquivalentTo(SchemaEnum("properties.tests.items.properties.status")));

    [Test]
    public void Quiz_statuses_are_the_schemas() =>
        Assert.That(Enum.GetValues<QuizStatus>().Select(s => s.ToWire()), Is.EquivalentTo(SchemaEnum("properties.quiz.properties.questions.items.properties.status")));

    [Test]
    public void The_JSON_report_and_the_protocol_write_the_same_names()
    {
        var json = new Exporters.JsonExporter().Export(new GradeReport
        {
            Module = "m", Status = ReportStatus.CompileError, FeedbackId = FeedbackIds.Compile.Error, Message = "",
            Tests = [new TestReport { Name = "t", FullName = "t", Status = TestStatus.NotRun, FeedbackId = FeedbackIds.Test.NotRun }],
        });
        var report = JObject.Parse(json);
        Assert.That((string?)report["status"], Is.EqualTo("compile_error"));
        Assert.That((string?)report["tests"]![0]!["status"], Is.EqualTo("not_run"));
        Assert.That(Wire.Serialize(new TestOutcome { Status = TestStatus.NotRun, FeedbackId = "x" }), Does.Contain("\"not_run\""));
        Assert.That(Exporters.JsonExporter.Read(json).Tests[0].Status, Is.EqualTo(TestStatus.NotRun), "read back");
    }
}
