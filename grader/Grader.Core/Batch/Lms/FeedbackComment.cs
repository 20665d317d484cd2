using Grader.Protocol;
using Grader.Reports;

namespace Grader.Batch.Lms;

/// <summary>The comment an LMS shows beside the grade: the report's one-line result, then each test
/// that did not pass with its message when the test is visible (a hidden test's message stays hidden,
/// as in every other export). Tests that did not run (the submission did not compile or load) are
/// left out: the result line already says why. One line, capped, since LMS feedback fields are plain text cells.</summary>
public static class FeedbackComment
{
    public const int MaxLength = 2000;

    public static string For(GradeReport r)
    {
        var parts = new List<string> { r.Message.Trim() };
        foreach (var t in r.Tests.Where(t => t.Status is not (TestStatus.Passed or TestStatus.NotRun)))
            parts.Add(t.Visibility == "visible" && !string.IsNullOrWhiteSpace(t.Message) ? $"{t.Name}: {t.Message.Trim()}" : $"{t.Name}: not passed");
        var text = string.Join(" | ", parts.Where(p => p.Length > 0)).ReplaceLineEndings(" ");
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }
}
