using System.Globalization;
using System.Text;
using Grader.Reports;

namespace Grader.Exporters;

/// <summary>The quiz part of a report as the exporters show it, kept here so each exporter adds it
/// with one call.</summary>
internal static class QuizSections
{
    /// <summary>Plain text: the total, then one line per question and the feedback under it.</summary>
    public static void Text(StringBuilder sb, QuizReport? quiz)
    {
        if (quiz is null) return;
        sb.AppendLine().AppendLine($"Quiz: {N(quiz.Score)} / {N(quiz.MaxScore)}");
        foreach (var q in quiz.Questions)
        {
            sb.AppendLine($"  {Mark(q)} {q.Id}  {q.Prompt}  ({q.Status}, {N(q.Score)} / {N(q.MaxScore)})");
            if (q.Status is not ("correct" or "missing") && q.Message is not null) sb.AppendLine("      " + q.Message);
        }
    }

    /// <summary>Markdown: a heading with the total and a list of the questions.</summary>
    public static void Markdown(StringBuilder sb, QuizReport? quiz)
    {
        if (quiz is null) return;
        sb.AppendLine().AppendLine($"### Quiz: {N(quiz.Score)} / {N(quiz.MaxScore)}").AppendLine();
        foreach (var q in quiz.Questions)
        {
            sb.AppendLine($"- {(q.Status == "correct" ? "✅" : "❌")} **{Md(q.Id)}** {Md(q.Prompt)} ({N(q.Score)}/{N(q.MaxScore)}, {q.Status})");
            if (q.Status is not ("correct" or "missing") && q.Message is not null) sb.AppendLine($"  {Md(q.Message)}");
        }
    }

    /// <summary>The name a question goes by where platforms list tests.</summary>
    public static string TestName(QuizQuestionReport q) => $"Quiz {q.Id}: {q.Prompt}";

    private static string Mark(QuizQuestionReport q) => q.Status == "correct" ? "✔" : "✘";

    private static string Md(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "ˋ", StringComparison.Ordinal);

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
