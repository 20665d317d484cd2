using Grader.Reports;
using System.Globalization;
using System.Text;

namespace Grader.Batch;

/// <summary>report.html, the instructor's page: one self-contained file (inline CSS and SVG, a few
/// lines of inline script to sort the class list, nothing fetched) with the course, module, dates
/// and grader version; the score distribution; pass rates per test and per quiz question; and every
/// submission with its points per task, flags for what went wrong, and links to its report, its
/// feedback and its page. Opens from disk in any browser. Every student-controlled text (folder
/// names, messages) is HTML-escaped.</summary>
public sealed class HtmlReportExporter(IReadOnlyList<string> formats) : IBatchExporter
{
    public HtmlReportExporter() : this([]) { }

    public string FileName => "report.html";

    /// <summary>Click a column's header to sort by it (again to reverse); numbers sort as numbers.</summary>
    private const string SortScript =
        "document.querySelectorAll('table.sortable th').forEach((th,i)=>th.addEventListener('click',()=>{" +
        "const body=th.closest('table').tBodies[0],num=th.classList.contains('num'),up=th.dataset.dir!=='asc';th.dataset.dir=up?'asc':'desc';" +
        "const key=r=>{const c=r.cells[i];return c.dataset.v!==undefined?c.dataset.v:c.textContent};" +
        "[...body.rows].sort((a,b)=>{const x=key(a),y=key(b),d=num?x-y:x.localeCompare(y);return up?d:-d}).forEach(r=>body.appendChild(r))}));";

    public string Export(IReadOnlyList<BatchRow> reports, BatchSummary s)
    {
        var title = reports.Select(r => r.ModuleTitle).FirstOrDefault(t => t.Length > 0) ?? "";
        var heading = title.Length > 0 ? $"{title} ({s.Module})" : s.Module;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Show.Html(heading)).Append(" — batch report</title><style>")
          .Append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}h1{margin-bottom:.2rem}.sub{color:#666;margin:.2rem 0}")
          .Append("table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}th{background:#f4f4f4}")
          .Append("table.sortable th{cursor:pointer}table.sortable th:hover{background:#e8eefc}")
          .Append(".num{text-align:right;white-space:nowrap}.bad{color:#b00}.good{color:#070}section{margin:1.5rem 0}svg text{font-size:11px;fill:#333}")
          .Append(".flag{display:inline-block;border-radius:.6rem;padding:0 .45rem;margin:0 .15rem .1rem 0;font-size:.8rem;background:#fde2e1;color:#8a1c12;white-space:nowrap}")
          .Append("th.task{white-space:normal;max-width:6.5rem;font-size:.8rem}.msg{min-width:14rem;max-width:26rem;font-size:.8rem;color:#444}.links a{margin-right:.4rem}")
          .Append("</style></head><body>");
        sb.Append("<p class=\"sub\">").Append(Show.Html(GraderInfo.Course)).Append("</p>");
        sb.Append("<h1>").Append(Show.Html(heading)).Append("</h1>");
        sb.Append("<p class=\"sub\">").Append(Show.Html(Provenance(reports))).Append("</p>");
        sb.Append("<p class=\"sub\">")
          .Append($"{s.Submissions} submissions · mean {Show.Points(s.Mean)} · median {Show.Points(s.Median)} · min {Show.Points(s.Min)} · max {Show.Points(s.Max)} of {Show.Points(s.MaxScore)} · full marks {s.FullMarks}")
          .Append("</p>");
        var flagged = reports.SelectMany(r => r.Flags).GroupBy(f => f).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (flagged.Count > 0)
            sb.Append("<p>").AppendJoin(" ", flagged.Select(g => $"<span class=\"flag\">{Show.Html(g.Key)}: {g.Count()}</span>")).Append("</p>");

        Submissions(sb, reports);
        sb.Append("<section><h2>Score distribution</h2>").Append(Histogram(s.Distribution)).Append("</section>");
        sb.Append("<section><h2>Pass rate per test</h2><p class=\"sub\">Submissions that passed each test, and its median time.</p>").Append(PassRates(s.Tests)).Append("</section>");
        Quiz(sb, reports);

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
        sb.Append("<script>").Append(SortScript).Append("</script></body></html>\n");
        return sb.ToString();
    }

    /// <summary>When the reports were graded and by which grader version: from the reports
    /// themselves, so the page is the same however often it is written.</summary>
    private static string Provenance(IReadOnlyList<BatchRow> reports)
    {
        var dates = reports.Where(r => r.StartedAt is not null).Select(r => r.StartedAt!.Value.UtcDateTime).Order().ToList();
        static string Day(DateTime d) => d.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var when = dates.Count == 0 ? "graded: no dates recorded" : dates[0] == dates[^1] ? $"graded {Day(dates[0])}" : $"graded {Day(dates[0])} – {Day(dates[^1])}";
        var versions = reports.Select(r => r.GraderVersion).Where(v => v.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        return $"{when} · grader {(versions.Count == 0 ? GraderInfo.Version : string.Join(", ", versions))} · page written by grader {GraderInfo.Version}";
    }

    private void Submissions(StringBuilder sb, IReadOnlyList<BatchRow> reports)
    {
        var tasks = reports.SelectMany(r => r.Tasks).GroupBy(t => t.Id).Select(g => (id: g.Key, title: g.First().Title, max: g.Max(t => t.MaxScore))).ToList();
        var quizMax = reports.Where(r => r.QuizMaxScore is not null).Select(r => r.QuizMaxScore!.Value).DefaultIfEmpty(-1).Max();
        sb.Append("<section><h2>Submissions</h2><p class=\"sub\">Click a column's header to sort by it.</p><table class=\"sortable\"><thead><tr>")
          .Append("<th>submission</th><th>files</th><th class=\"num\">score</th><th class=\"num\">%</th>");
        foreach (var (id, taskTitle, max) in tasks)
            sb.Append($"<th class=\"num task\" title=\"{Show.Html(id)}\">{Show.Html(taskTitle.Length > 0 ? taskTitle : id)} ({Show.Points(max)})</th>");
        if (quizMax >= 0) sb.Append($"<th class=\"num\">quiz ({Show.Points(quizMax)})</th>");
        // No status column: every status but graded is a flag.
        sb.Append("<th>flags</th><th class=\"num\">time</th><th>message</th></tr></thead><tbody>");
        foreach (var r in reports)
        {
            var cls = r.Score >= r.MaxScore && r.MaxScore > 0 ? "good" : r.Score == 0 ? "bad" : "";
            var percent = r.MaxScore > 0 ? 100 * r.Score / r.MaxScore : 0;
            sb.Append($"<tr><td>{Show.Html(r.Submission)}</td><td class=\"links\">{Links(r.Submission)}</td>")
              .Append($"<td class=\"num {cls}\" data-v=\"{Num(r.Score)}\">{Show.Points(r.Score)} / {Show.Points(r.MaxScore)}</td>")
              .Append($"<td class=\"num\" data-v=\"{Num(percent)}\">{Show.Points(Math.Round(percent, 1))}</td>");
            foreach (var (id, _, _) in tasks)
            {
                var score = r.Tasks.FirstOrDefault(t => t.Id == id)?.Score ?? 0;
                sb.Append($"<td class=\"num\" data-v=\"{Num(score)}\">{Show.Points(score)}</td>");
            }
            if (quizMax >= 0) sb.Append($"<td class=\"num\" data-v=\"{Num(r.QuizScore ?? 0)}\">{Show.Points(r.QuizScore ?? 0)}</td>");
            sb.Append("<td>")
              .AppendJoin("", r.Flags.Select(f => $"<span class=\"flag\">{Show.Html(f)}</span>"))
              .Append($"</td><td class=\"num\" data-v=\"{Num(r.DurationMs)}\">{Seconds(r.DurationMs)}</td><td class=\"msg\" title=\"{Show.Html(r.Message)}\">{Show.Html(Truncate(r.Message, 160))}</td></tr>");
        }
        sb.Append("</tbody></table></section>");
    }

    /// <summary>The student's own files beside this page: the JSON report, the page with their
    /// plots, and every per-report format the batch wrote (the Markdown one is their feedback).</summary>
    private string Links(string submission)
    {
        var stem = ReportStore.SafeName(submission);
        var links = new List<(string href, string label)> { ($"{ReportStore.FolderName}/{stem}.json", "report"), (StudentPage(submission), "page") };
        foreach (var f in formats.Distinct(StringComparer.Ordinal))
        {
            var exporter = Exporters.ReportFormats.Get(f);
            links.Add(($"{f}/{stem}{Path.GetExtension(exporter.DefaultFileName)}", f == "markdown" ? "feedback" : f));
        }
        return string.Join("", links.Select(l => $"<a href=\"{Show.Html(l.href)}\">{Show.Html(l.label)}</a>"));
    }

    /// <summary>Where a student's own page is (written by the plots exporter): students/&lt;id&gt;.html.</summary>
    public static string StudentPage(string submission) => $"{BatchOutputs.StudentsFolder}/{BatchOutputs.StudentPage(submission)}";

    private static void Quiz(StringBuilder sb, IReadOnlyList<BatchRow> reports)
    {
        var questions = reports.SelectMany(r => r.QuizAnswers).GroupBy(q => q.Id)
            .Select(g => (id: g.Key, correct: g.Count(q => q.Correct), total: g.Count())).ToList();
        if (questions.Count == 0) return;
        sb.Append("<section><h2>Quiz: answered correctly</h2><table><tr><th>question</th><th class=\"num\">correct</th><th class=\"num\">rate</th></tr>");
        foreach (var (id, correct, total) in questions)
            sb.Append($"<tr><td>{Show.Html(id)}</td><td class=\"num\">{correct}/{total}</td><td class=\"num\">{Show.Points(Math.Round(100.0 * correct / total))}%</td></tr>");
        sb.Append("</table></section>");
    }

    private static string Num(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Seconds(double ms) => ms < 1000
        ? $"{Show.Points(Math.Round(ms))} ms"
        : $"{(ms / 1000).ToString("0.0", CultureInfo.InvariantCulture)} s";

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
        const int bar = 300, row = 18, label = 480;
        var sb = new StringBuilder($"<svg width=\"{label + bar + 140}\" height=\"{tests.Count * row + 10}\" role=\"img\" aria-label=\"pass rate per test\">");
        for (var i = 0; i < tests.Count; i++)
        {
            var t = tests[i];
            var y = i * row + 5;
            var len = (int)Math.Round(t.Rate * bar);
            var colour = t.Rate >= 0.8 ? "#3a9a4a" : t.Rate >= 0.5 ? "#d4a017" : "#c0392b";
            sb.Append($"<text x=\"0\" y=\"{y + 12}\"><title>{Show.Html(t.Name)}</title>{Show.Html(Truncate(TestNames.Readable(t.Name), 78))}</text>")
              .Append($"<rect x=\"{label}\" y=\"{y + 2}\" width=\"{bar}\" height=\"{row - 5}\" fill=\"#eee\"/>")
              .Append($"<rect x=\"{label}\" y=\"{y + 2}\" width=\"{len}\" height=\"{row - 5}\" fill=\"{colour}\"/>")
              .Append($"<text x=\"{label + 5 + bar}\" y=\"{y + 12}\">{t.Passed}/{t.Total}{(t.MedianDurationMs is { } ms ? " · " + Seconds(ms) : "")}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
