using Grader.Protocol;
using System.Globalization;
using System.Text;
using Grader.Reports;

namespace Grader.Exporters;

/// <summary>Feedback for the student in Markdown (a PR comment, a Gradescope output, a file next to
/// the submission): score, tasks, what to fix — hidden tests show their points, not their messages.</summary>
public sealed class MarkdownExporter : IFigureLinkingExporter
{
    public string Name => "markdown";

    public string DefaultFileName => "feedback.md";

    /// <summary>Without figures: printed to a terminal there is nowhere beside it to put them.</summary>
    public string Export(GradeReport report) => Export(report, null);

    public string Export(GradeReport report, string? plotsFolder)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# {report.ModuleTitle}").AppendLine();
        sb.Append(Summary(report));
        var lost = report.Tests.Where(t => t.Status != TestStatus.Passed).ToList();
        if (lost.Count > 0 && report.Tests.Any(t => t.Status != TestStatus.NotRun))
        {
            sb.AppendLine().AppendLine("## What to fix").AppendLine();
            foreach (var t in lost)
            {
                sb.AppendLine($"- **{Show.Markdown(t.Name)}** ({Show.Points(t.Score)}/{Show.Points(t.MaxScore)}, {t.Status.ToWire()})");
                if (t.Visibility == "visible" && t.Message is not null)
                    sb.AppendLine().Append(Show.MarkdownFence(t.Message, "  "));
                else if (t.Visibility != "visible")
                    sb.AppendLine("  (a hidden test: its details are shown after the deadline)");
            }
        }
        if (plotsFolder is not null)
        {
            var figures = Plots.ReportFigures.Shown(report);
            if (figures.Count > 0) sb.AppendLine().AppendLine("## Plots of your results").AppendLine();
            for (var i = 0; i < figures.Count; i++)
                sb.AppendLine($"![{Show.Markdown(figures[i].Title).Replace("]", ")", StringComparison.Ordinal)}]({Uri.EscapeDataString(plotsFolder)}/{Plots.ReportFigures.FileName(i, figures[i])})").AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>Score, message, notes, tasks and compiler errors: the part other formats embed.</summary>
    public string Summary(GradeReport report)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"**Score: {Show.Points(report.Score)} / {Show.Points(report.MaxScore)}**").AppendLine();
        sb.AppendLine(Show.MarkdownInline(report.Message)).AppendLine();
        foreach (var note in report.Notes) sb.AppendLine($"> {Show.MarkdownInline(note)}").AppendLine();
        if (report.Diagnostics.Any(d => d.Severity == "error"))
        {
            sb.AppendLine("### Compiler errors").AppendLine();
            sb.Append(Show.MarkdownFence(string.Join("\n", report.Diagnostics.Where(d => d.Severity == "error").Select(d => d.Text)))).AppendLine();
        }
        if (report.Violations.Count > 0)
        {
            sb.AppendLine("### Not allowed in graded code").AppendLine();
            foreach (var v in report.Violations) sb.AppendLine($"- {Show.MarkdownInline($"{v.File}({v.Line},{v.Column})")}: {Show.MarkdownInline(v.Symbol)}: {Show.MarkdownInline(v.Reason)}");
            sb.AppendLine();
        }
        if (report.Tasks.Count > 0)
        {
            sb.AppendLine("| task | points |").AppendLine("|---|---|");
            foreach (var t in report.Tasks)
                sb.AppendLine($"| {(t.Score >= t.MaxScore ? "✅" : t.Score > 0 ? "🟡" : "❌")} {Show.Markdown(t.Title.Length > 0 ? t.Title : t.Id)} | {Show.Points(t.Score)} / {Show.Points(t.MaxScore)} |");
        }
        QuizSections.Markdown(sb, report.Quiz);
        if (report.Adjustments is { Count: > 0 } adjustments)
        {
            // Included in the score above: the student sees each change, who made it and why.
            sb.AppendLine().AppendLine("### Adjustments").AppendLine().AppendLine("| applies to | change | why | by |").AppendLine("|---|---|---|---|");
            foreach (var a in adjustments)
                sb.AppendLine($"| {Show.Markdown(a.Target)} | {(a.Override is { } o ? $"set to {Show.Points(o)}" : "")}{(a.Override is not null ? " (" : "")}{(a.Delta >= 0 ? "+" : "")}{Show.Points(a.Delta)}{(a.Override is not null ? ")" : "")} | {Show.Markdown(a.Comment)} | {Show.Markdown(a.Who)} |");
        }
        return sb.ToString();
    }
}
