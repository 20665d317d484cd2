using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Grader.Exporters;
using Grader.Modules;
using Grader.Protocol;
using Grader.Reports;

namespace Grader.Cli;

/// <summary>A graded quiz for the terminal (per question, then the total) or as JSON.</summary>
internal static class QuizPrinter
{
    /// <summary>The reminder every terminal quiz starts with.</summary>
    public const string HowToAnswer = "Use Math.Pow(x, 2) or x*x for powers, 1.0/2 for a half, new[] { a, b } for an array. An empty line skips.";

    /// <summary>A question as a terminal quiz asks it: id, points and prompt, then its variables.</summary>
    public static void Question(TextWriter output, Quiz.QuizQuestion question)
    {
        output.WriteLine($"{question.Id} ({Show.Points(question.Points)} point{(question.Points == 1 ? "" : "s")}): {question.Prompt}");
        output.WriteLine(question.Parameters.Count == 0 ? "   (a number: no variables)" : $"   variables: {string.Join(", ", question.Parameters)}");
    }

    public static string Text(CourseModule module, QuizReport report, IReadOnlyList<string> notes)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Quiz: {module.Manifest.Title} ({module.Slug})");
        foreach (var note in notes) sb.AppendLine("Note: " + note);
        foreach (var q in report.Questions)
        {
            sb.AppendLine($"  {(q.Status == QuizStatus.Correct ? "✔" : "✘")} {q.Id}  {q.Prompt}  ({q.Status.ToWire()}, {Show.Points(q.Score)} / {Show.Points(q.MaxScore)})");
            if (q.Status != QuizStatus.Correct && q.Message is not null) sb.AppendLine("      " + q.Message);
        }
        sb.AppendLine($"Total: {Show.Points(report.Score)} / {Show.Points(report.MaxScore)}");
        return sb.ToString();
    }

    public static string Json(CourseModule module, QuizReport report, IReadOnlyList<string> notes)
    {
        var o = new JObject { ["module"] = module.Slug, ["module_title"] = module.Manifest.Title };
        foreach (var p in JObject.FromObject(report, JsonSerializer.Create(JsonExporter.Settings)).Properties()) o[p.Name] = p.Value;
        o["notes"] = new JArray(notes);
        return o.ToString(Formatting.Indented) + "\n";
    }
}
