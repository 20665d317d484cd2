using Grader.Protocol;
using Grader.Reports;
using System.Globalization;
using System.Net;
using System.Text;

namespace Grader.Batch;

/// <summary>report.html: one self-contained page (inline CSS and SVG, no scripts, no network) with
/// the score distribution, pass rate per test, and every submission — opens from disk in any
/// browser.</summary>
public sealed class HtmlReportExporter : IBatchExporter
{
    public string FileName => "report.html";

    public string Export(IReadOnlyList<BatchRow> reports, BatchSummary s)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Batch report: ").Append(Show.Html(s.Module)).Append("</title><style>")
          .Append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}h1{margin-bottom:.2rem}.sub{color:#666}")
          .Append("table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ddd;padding:.3rem .6rem;text-align:left}th{background:#f4f4f4}")
          .Append(".num{text-align:right;white-space:nowrap}.bad{color:#b00}.good{color:#070}section{margin:1.5rem 0}svg text{font-size:11px;fill:#333}")
          .Append("</style></head><body>");
        sb.Append("<h1>").Append(Show.Html(s.Module)).Append("</h1><p class=\"sub\">")
          .Append($"{s.Submissions} submissions · mean {Show.Points(s.Mean)} · median {Show.Points(s.Median)} · min {Show.Points(s.Min)} · max {Show.Points(s.Max)} of {Show.Points(s.MaxScore)} · full marks {s.FullMarks}")
          .Append("</p>");

        sb.Append("<section><h2>Score distribution</h2>").Append(Histogram(s.Distribution)).Append("</section>");
        sb.Append("<section><h2>Pass rate per test</h2>").Append(PassRates(s.Tests)).Append("</section>");

        if (s.Mistakes.Count > 0)
        {
            sb.Append("<section><h2>Mistakes seen</h2><table><tr><th>mistake</th><th>students</th><th>id</th></tr>");
            foreach (var m in s.Mistakes)
                sb.Append($"<tr><td>{Show.Html(m.Title.Length > 0 ? m.Title : m.Id)}</td><td class=\"num\">{m.Students}</td><td><code>{Show.Html(m.Id)}</code></td></tr>");
            sb.Append("</table></section>");
        }

        sb.Append("<section><h2>Status</h2><table><tr><th>status</th><th>submissions</th></tr>");
        foreach (var (k, v) in s.ByStatus) sb.Append($"<tr><td>{Show.Html(k)}</td><td class=\"num\">{v}</td></tr>");
        sb.Append("</table></section>");

        sb.Append("<section><h2>Submissions</h2><table><tr><th>submission</th><th>score</th><th>status</th><th>time (ms)</th><th>message</th></tr>");
        foreach (var r in reports)
        {
            var cls = r.Score >= r.MaxScore && r.MaxScore > 0 ? "good" : r.Score == 0 ? "bad" : "";
            sb.Append($"<tr><td>{Show.Html(r.Submission)}</td><td class=\"num {cls}\">{Show.Points(r.Score)} / {Show.Points(r.MaxScore)}</td><td>{Show.Html(r.Status.ToWire())}</td>")
              .Append($"<td class=\"num\">{Show.Points(r.DurationMs)}</td><td>{Show.Html(r.Message)}</td></tr>");
        }
        sb.Append("</table></section></body></html>\n");
        return sb.ToString();
    }

    private static string Histogram(IReadOnlyList<int> bins)
    {
        const int w = 560, h = 200, pad = 30;
        var max = Math.Max(1, bins.DefaultIfEmpty(0).Max());
        var bw = (w - pad) / Math.Max(1, bins.Count);
        var sb = new StringBuilder($"<svg width=\"{w}\" height=\"{h + 60}\" role=\"img\" aria-label=\"score distribution\">");
        for (var i = 0; i < bins.Count; i++)
        {
            var bh = (int)Math.Round((double)bins[i] / max * h);
            var x = pad + i * bw;
            // 20 px of headroom keep the count above the tallest bar inside the picture.
            sb.Append($"<rect x=\"{x + 2}\" y=\"{h - bh + 30}\" width=\"{bw - 4}\" height=\"{bh}\" fill=\"#4a7fd4\"/>")
              .Append($"<text x=\"{x + bw / 2}\" y=\"{h + 45}\" text-anchor=\"middle\">{i * 10}%</text>")
              .Append($"<text x=\"{x + bw / 2}\" y=\"{h - bh + 25}\" text-anchor=\"middle\">{bins[i]}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    private static string PassRates(IReadOnlyList<TestPassRate> tests)
    {
        const int bar = 300, row = 18;
        var sb = new StringBuilder($"<svg width=\"{bar + 470}\" height=\"{tests.Count * row + 10}\" role=\"img\" aria-label=\"pass rate per test\">");
        for (var i = 0; i < tests.Count; i++)
        {
            var t = tests[i];
            var y = i * row + 5;
            var len = (int)Math.Round(t.Rate * bar);
            var colour = t.Rate >= 0.8 ? "#3a9a4a" : t.Rate >= 0.5 ? "#d4a017" : "#c0392b";
            sb.Append($"<text x=\"0\" y=\"{y + 12}\">{Show.Html(Truncate(t.Name, 60))}</text>")
              .Append($"<rect x=\"380\" y=\"{y + 2}\" width=\"{bar}\" height=\"{row - 5}\" fill=\"#eee\"/>")
              .Append($"<rect x=\"380\" y=\"{y + 2}\" width=\"{len}\" height=\"{row - 5}\" fill=\"{colour}\"/>")
              .Append($"<text x=\"{385 + bar}\" y=\"{y + 12}\">{t.Passed}/{t.Total}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
