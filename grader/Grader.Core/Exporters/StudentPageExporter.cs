using System.Text;
using Grader.Plots;
using Grader.Protocol;
using Grader.Reports;

namespace Grader.Exporters;

/// <summary>One student's page (a batch writes it to &lt;out&gt;/students/&lt;id&gt;.html, where the
/// class report links): score, tasks, what to fix and the plots drawn from the student's own
/// results, inline SVG — one self-contained file, no scripts, no network.</summary>
public sealed class StudentPageExporter : IReportExporter
{
    public string Name => "html";

    public string DefaultFileName => "feedback.html";

    public string Export(GradeReport report)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
          .Append(Show.Html(report.Submission ?? "submission")).Append(" · ").Append(Show.Html(report.Module)).Append("</title><style>")
          .Append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:1200px}.sub{color:#666}")
          .Append("table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ddd;padding:.3rem .6rem;text-align:left}th{background:#f4f4f4}")
          .Append(".num{text-align:right}.bad{color:#b00}.good{color:#070}figure{display:inline-block;margin:.5rem;vertical-align:top}")
          .Append("pre{background:#f7f7f7;padding:.5rem;white-space:pre-wrap;max-width:60rem}")
          .Append("</style></head><body>");
        sb.Append("<h1>").Append(Show.Html(report.Submission ?? "submission")).Append("</h1><p class=\"sub\">")
          .Append(Show.Html(report.ModuleTitle ?? report.Module)).Append(" · ")
          .Append($"<strong>{Show.Points(report.Score)} / {Show.Points(report.MaxScore)}</strong></p>");
        sb.Append("<p>").Append(Show.Html(report.Message)).Append("</p>");
        Figures(sb, report);
        Tasks(sb, report);
        Fixes(sb, report);
        return sb.Append("</body></html>\n").ToString();
    }

    private static void Figures(StringBuilder sb, GradeReport report)
    {
        var figures = ReportFigures.Shown(report);
        if (figures.Count == 0) return;
        sb.Append("<section><h2>Plots of your results</h2>");
        for (var i = 0; i < figures.Count; i++)
            sb.Append("<figure>").Append(FigureRenderer.Shared.Svg(figures[i], "f" + i)).Append("</figure>");
        sb.Append("</section>");
    }

    private static void Tasks(StringBuilder sb, GradeReport report)
    {
        if (report.Tasks.Count == 0) return;
        sb.Append("<section><h2>Tasks</h2><table><tr><th>task</th><th>points</th></tr>");
        foreach (var t in report.Tasks)
            sb.Append("<tr><td>").Append(Show.Html(t.Title.Length > 0 ? t.Title : t.Id)).Append("</td><td class=\"num ")
              .Append(t.Score >= t.MaxScore ? "good" : "bad").Append("\">").Append($"{Show.Points(t.Score)} / {Show.Points(t.MaxScore)}</td></tr>");
        sb.Append("</table></section>");
    }

    private static void Fixes(StringBuilder sb, GradeReport report)
    {
        var lost = report.Tests.Where(t => t.Status != TestStatus.Passed).ToList();
        if (lost.Count == 0) return;
        sb.Append("<section><h2>What to fix</h2>");
        foreach (var t in lost)
        {
            sb.Append("<h3>").Append(Show.Html(t.Name)).Append($" <span class=\"sub\">({Show.Points(t.Score)}/{Show.Points(t.MaxScore)}, {t.Status.ToWire()})</span></h3>");
            if (t.Visibility == "visible" && t.Message is not null) sb.Append("<pre>").Append(Show.Html(t.Message)).Append("</pre>");
            else if (t.Visibility != "visible") sb.Append("<p class=\"sub\">A hidden test: its details are shown after the deadline.</p>");
        }
        sb.Append("</section>");
    }
}
