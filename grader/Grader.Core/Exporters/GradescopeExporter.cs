using Grader.Protocol;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Grader.Reports;

namespace Grader.Exporters;

/// <summary>Gradescope's results.json (Gradescope's autograder specification, "Output format"): per-test score, max_score, status,
/// output and visibility from the test's [Visibility] attribute; the overall message and any
/// compiler errors in the top-level output as Markdown.</summary>
public sealed class GradescopeExporter : IReportExporter
{
    public string Name => "gradescope";

    public string DefaultFileName => "results.json";

    public string Export(GradeReport report)
    {
        var tests = new JArray(report.Tests.Select(t =>
        {
            var o = new JObject
            {
                ["name"] = t.Name,
                ["score"] = t.Score,
                ["max_score"] = t.MaxScore,
                ["status"] = t.Status == TestStatus.Passed ? "passed" : "failed",
                ["visibility"] = t.Visibility,
            };
            if (t.Task is not null) o["tags"] = new JArray(t.Task);
            var output = t.Status == TestStatus.Passed ? "" : t.Message ?? "";
            if (!string.IsNullOrEmpty(t.Output)) output += (output.Length > 0 ? "\n\n" : "") + "Output:\n" + t.Output;
            var figures = t.Figures ?? [];
            if (figures.Count > 0)
            {
                // Gradescope shows images only as base64 <img> in HTML output (not Markdown images from files).
                o["output"] = (output.Length > 0 ? "<pre>" + Show.Html(output) + "</pre>" : "") + string.Concat(figures.Select((f, i) =>
                    $"<img alt=\"{Show.Html(f.Title)}\" src=\"data:image/svg+xml;base64,{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Plots.FigureRenderer.Shared.Svg(f, "f" + i)))}\">"));
                o["output_format"] = "html";
            }
            else if (output.Length > 0) o["output"] = output;
            return o;
        }));
        foreach (var q in report.Quiz?.Questions ?? [])
        {
            var o = new JObject
            {
                ["name"] = QuizSections.TestName(q), ["score"] = q.Score, ["max_score"] = q.MaxScore,
                ["status"] = q.Status == QuizStatus.Correct ? "passed" : "failed", ["visibility"] = "visible", ["tags"] = new JArray("quiz"),
            };
            if (q.Status != QuizStatus.Correct && q.Message is not null) o["output"] = q.Message;
            tests.Add(o);
        }
        var root = new JObject
        {
            ["score"] = report.Score,
            ["execution_time"] = Math.Round(report.Run.DurationMs / 1000, 2),
            ["output"] = new MarkdownExporter().Summary(report),
            ["output_format"] = "md",
            ["test_output_format"] = "text",
            ["stdout_visibility"] = "hidden",
            ["tests"] = tests,
        };
        return root.ToString(Formatting.Indented) + "\n";
    }
}
