using Grader.Exporters;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Student text (an exception message, a file name) cannot add structure to the feedback:
/// no heading, link, image or HTML of its own, and no way out of the code block it is shown in.</summary>
[TestFixture]
public sealed class MarkdownEscapingTests
{
    private static readonly GoldenCase Case = GoldenCase.All().Single(c => c.Name == "hostile-markdown-injection");

    [Test]
    public async Task Feedback_markdown_has_only_the_graders_own_structure()
    {
        var report = await Graders.For(Case.Module).GradeAsync(Case.SubmissionFolder, Case.Name);
        var feedback = new MarkdownExporter().Export(report);
        Assert.That(feedback, Does.Contain("# Full marks"), "the student's message is shown, as text");
        // Gradescope renders its top-level output as Markdown (each test's output is plain text, or escaped HTML with its plots).
        foreach (var (format, md) in new[]
                 {
                     ("markdown", feedback),
                     ("gradescope output", (string)Newtonsoft.Json.Linq.JObject.Parse(new GradescopeExporter().Export(report))["output"]!),
                 })
        {
            var outside = OutsideCodeBlocks(md);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(outside.Where(l => l.TrimStart().StartsWith('#')), Is.All.Matches<string>(l => l.StartsWith("# What is calculus") || l.StartsWith("## ") || l.StartsWith("### ")),
                    $"{format}: a heading the grader did not write");
                Assert.That(string.Join("\n", outside), Does.Not.Match(@"(?<!\\)\]\(").And.Not.Match(@"(?<!\\)<img"), $"{format}: a live link or HTML outside code");
            }
        }
    }

    /// <summary>The lines of a Markdown text that are not inside a fenced code block (CommonMark: a
    /// fence closes with at least as many backticks as opened it).</summary>
    private static List<string> OutsideCodeBlocks(string md)
    {
        var outside = new List<string>();
        var open = 0;
        foreach (var line in md.Split('\n'))
        {
            var t = line.TrimStart();
            var ticks = t.TakeWhile(c => c == '`').Count();
            if (open == 0 && ticks >= 3) { open = ticks; continue; }
            if (open > 0 && ticks >= open && t.Trim('`').Trim().Length == 0) { open = 0; continue; }
            if (open == 0) outside.Add(line);
        }
        return outside;
    }
}
