using System.Xml.Linq;
using Grader.Exporters;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>A student's exception message of terminal escapes (clear the screen, print a fake
/// "Score: 35 / 35", hide the rest) reaches neither the terminal nor the XML as control characters.</summary>
[TestFixture]
public sealed class TerminalTextTests
{
    private static readonly GoldenCase Case = GoldenCase.All().Single(c => c.Name == "hostile-terminal-escapes");

    private static Grader.Reports.GradeReport Report() => JsonExporter.Read(File.ReadAllText(Path.Combine(Case.Folder, "expected.json")));

    [Test]
    public void The_console_summary_shows_control_characters_as_their_codes()
    {
        var report = Report();
        Assert.That(report.Tests.Any(t => t.Message?.Contains('\u001B') == true), "the report itself keeps the student's text");

        var text = new TextSummaryExporter().Export(report);

        Assert.That(text.Where(c => char.IsControl(c) && c is not '\n' and not '\t'), Is.Empty);
        Assert.That(text, Does.Contain("\\x1B[2J"));
    }

    [Test]
    public void JUnit_xml_stays_well_formed()
    {
        var xml = new JUnitExporter().Export(Report());

        Assert.DoesNotThrow(() => XDocument.Parse(xml));
        Assert.That(xml, Does.Contain("\\u001B[2J"));
    }
}
