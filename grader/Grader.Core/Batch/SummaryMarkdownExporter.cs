using Grader.Reports;
using System.Globalization;
using System.Text;

namespace Grader.Batch;

/// <summary>summary.md: the batch summary for people — distribution, status counts, the tests most
/// often failed, the slowest and the failing submissions.</summary>
public sealed class SummaryMarkdownExporter : IBatchExporter
{
    public string FileName => "summary.md";

    public string Export(IReadOnlyList<BatchRow> reports, BatchSummary s)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# Batch summary: {Show.MarkdownText(s.Module)}").AppendLine();
        sb.AppendLine($"{s.Submissions} submissions · mean {Show.Points(s.Mean)} · median {Show.Points(s.Median)} · min {Show.Points(s.Min)} · max {Show.Points(s.Max)} of {Show.Points(s.MaxScore)} · full marks {s.FullMarks}").AppendLine();
        sb.AppendLine("| status | submissions |").AppendLine("|---|---|");
        foreach (var (k, v) in s.ByStatus) sb.AppendLine($"| {k} | {v} |");
        sb.AppendLine().AppendLine("## Score distribution").AppendLine().AppendLine("| score (% of max) | submissions |").AppendLine("|---|---|");
        for (var i = 0; i < s.Distribution.Count; i++)
            sb.AppendLine($"| {i * 10}–{(i == 9 ? 100 : i * 10 + 10)}% | {s.Distribution[i]} |");
        sb.AppendLine().AppendLine("## Tests by pass rate").AppendLine().AppendLine("| test | task | passed | rate |").AppendLine("|---|---|---|---|");
        foreach (var t in s.Tests) sb.AppendLine($"| {t.Name} | {t.Task} | {t.Passed}/{t.Total} | {t.Rate:P0} |");
        sb.AppendLine().AppendLine("## Mistakes seen").AppendLine();
        if (s.Mistakes.Count == 0) sb.AppendLine("None of the catalogued mistakes.");
        else
        {
            sb.AppendLine("| mistake | students | id |").AppendLine("|---|---|---|");
            foreach (var m in s.Mistakes) sb.AppendLine($"| {Show.Markdown(m.Title.Length > 0 ? m.Title : m.Id)} | {m.Students} | `{m.Id}` |");
        }
        sb.AppendLine().AppendLine("## Slowest submissions").AppendLine().AppendLine("| submission | time (ms) | score |").AppendLine("|---|---|---|");
        foreach (var l in s.Slowest) sb.AppendLine($"| {Show.MarkdownText(l.Id)} | {Show.Points(l.DurationMs)} | {Show.Points(l.Score)}/{Show.Points(l.MaxScore)} |");
        sb.AppendLine().AppendLine("## Failing submissions (not graded, or zero points)").AppendLine();
        if (s.Failing.Count == 0) sb.AppendLine("None.");
        else
        {
            sb.AppendLine("| submission | status | message |").AppendLine("|---|---|---|");
            foreach (var l in s.Failing) sb.AppendLine($"| {Show.MarkdownText(l.Id)} | {l.Status} | {Show.MarkdownText(l.Message)} |");
        }
        return sb.ToString();
    }
}
