using Grader.Protocol;
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
        sb.AppendLine().AppendLine($"Quiz: {Show.Points(quiz.Score)} / {Show.Points(quiz.MaxScore)}");
        foreach (var q in quiz.Questions)
        {
            sb.AppendLine($"  {Mark(q)} {q.Id}  {q.Prompt}  ({q.Status.ToWire()}, {Show.Points(q.Score)} / {Show.Points(q.MaxScore)})");
            if (q.Status is not (QuizStatus.Correct or QuizStatus.Missing) && q.Message is not null) sb.AppendLine("      " + q.Message);
        }
    }

    /// <summary>Markdown: a heading with the total and a list of the questions.</summary>
    public static void Markdown(StringBuilder sb, QuizReport? quiz)
    {
        if (quiz is null) return;
        sb.AppendLine().AppendLine($"### Quiz: {Show.Points(quiz.Score)} / {Show.Points(quiz.MaxScore)}").AppendLine();
        foreach (var q in quiz.Questions)
        {
            sb.AppendLine($"- {(q.Status == QuizStatus.Correct ? "✅" : "❌")} **{Show.Markdown(q.Id)}** {Show.Markdown(q.Prompt)} ({Show.Points(q.Score)}/{Show.Points(q.MaxScore)}, {q.Status.ToWire()})");
            if (q.Status is not (QuizStatus.Correct or QuizStatus.Missing) && q.Message is not null) sb.AppendLine($"  {Show.Markdown(q.Message)}");
        }
    }

    /// <summary>The name a question goes by where platforms list tests.</summary>
    public static string TestName(QuizQuestionReport q) => $"Quiz {q.Id}: {q.Prompt}";

    private static string Mark(QuizQuestionReport q) => q.Status == QuizStatus.Correct ? "✔" : "✘";
}
