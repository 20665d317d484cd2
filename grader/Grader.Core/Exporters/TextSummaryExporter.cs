using Grader.Protocol;
using System.Globalization;
using System.Text;
using Grader.Reports;

namespace Grader.Exporters;

/// <summary>The readable summary printed on the console: score, tasks, every test that lost
/// points with its message, compiler errors and violations located in the student's files.</summary>
public sealed class TextSummaryExporter : IReportExporter
{
    public string Name => "text";

    public string DefaultFileName => "report.txt";

    public string Export(GradeReport report)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{report.ModuleTitle} ({report.Module}) — {report.Submission}");
        sb.AppendLine($"Score: {Show.Points(report.Score)} / {Show.Points(report.MaxScore)}   [{Status(report.Status)}]");
        sb.AppendLine(report.Message);
        foreach (var note in report.Notes) sb.AppendLine("Note: " + note);

        if (report.Diagnostics.Any(d => d.Severity == "error"))
        {
            sb.AppendLine().AppendLine("Compiler errors:");
            foreach (var d in report.Diagnostics.Where(d => d.Severity == "error")) sb.AppendLine("  " + d.Text);
        }
        if (report.Violations.Count > 0)
        {
            sb.AppendLine().AppendLine("Not allowed:");
            foreach (var v in report.Violations) sb.AppendLine("  " + v.Text);
        }
        if (report.Tasks.Count > 0)
        {
            sb.AppendLine().AppendLine("Tasks:");
            var width = report.Tasks.Max(t => (t.Title.Length > 0 ? t.Title : t.Id).Length);
            foreach (var t in report.Tasks)
            {
                var mark = t.Score >= t.MaxScore ? "✔" : t.Score > 0 ? "◐" : "✘";
                sb.AppendLine($"  {mark} {(t.Title.Length > 0 ? t.Title : t.Id).PadRight(width)}  {Show.Points(t.Score),5} / {Show.Points(t.MaxScore)}");
            }
        }
        QuizSections.Text(sb, report.Quiz);
        var lost = report.Tests.Where(t => t.Status != TestStatus.Passed).ToList();
        if (lost.Count > 0 && report.Status is not (ReportStatus.CompileError or ReportStatus.PolicyViolation or ReportStatus.LoadError))
        {
            sb.AppendLine().AppendLine("Tests that lost points:");
            foreach (var t in lost)
            {
                sb.AppendLine($"  ✘ {t.Name} ({t.Status.ToWire()}, 0 / {Show.Points(t.MaxScore)})");
                if (t.Visibility == "visible" && t.Message is not null)
                    foreach (var line in t.Message.Split('\n').Take(6)) sb.AppendLine("      " + line.TrimEnd());
            }
        }
        // Every line may hold student text (a folder name, a message, output): none of it drives the terminal.
        return Show.Terminal(sb.ToString());
    }

    private static string Status(ReportStatus s) => s.ToString();
}
