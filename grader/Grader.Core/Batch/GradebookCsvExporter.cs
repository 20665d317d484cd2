using Grader.Protocol;
using Grader.Reports;
using System.Globalization;
using CsvHelper;

namespace Grader.Batch;

/// <summary>gradebook.csv: one row per student — id, score, max, percent, status, then the points of
/// each task and of the quiz (the maximum in the column name), and, when the class has them, the
/// hand adjustments and the late policy's figures — ready for a spreadsheet or an LMS import.
/// It starts with a UTF-8 byte order mark: without one, Excel opens a CSV in the system's legacy
/// code page and "Zoë Ångström" becomes "ZoÃ« Ã…ngstrÃ¶m"; LibreOffice and CSV readers (CsvHelper,
/// Python's utf-8-sig, File.ReadAllText) skip it.</summary>
public sealed class GradebookCsvExporter : IBatchExporter
{
    public string FileName => "gradebook.csv";

    public string Export(IReadOnlyList<BatchRow> reports, BatchSummary summary)
    {
        var tasks = reports.SelectMany(r => r.Tasks).GroupBy(t => t.Id).Select(g => (g.Key, max: g.Max(t => t.MaxScore))).ToList();
        // The quiz is not a task of the tests, but its points are in the score: give it a column.
        var quizMax = reports.Where(r => r.QuizMaxScore is not null).Select(r => r.QuizMaxScore!.Value).DefaultIfEmpty(-1).Max();
        // Only a class with adjustments or a late policy gets their columns: other gradebooks keep their layout.
        var adjusted = reports.Any(r => r.Adjusted is not null);
        var late = reports.Any(r => r.Late is not null);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write('\uFEFF');
        // Injection escaping: a student id such as "=HYPERLINK(...)" must not run as a formula.
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            foreach (var h in new[] { "id", "score", "max_score", "percent", "status" }) csv.WriteField(h);
            foreach (var (id, max) in tasks) csv.WriteField($"{id} ({Show.PreciseScore(max)})");
            if (quizMax >= 0) csv.WriteField($"quiz ({Show.PreciseScore(quizMax)})");
            if (adjusted) csv.WriteField("adjustments");
            if (late) foreach (var h in new[] { "submitted_at", "deadline", "days_late", "late_penalty" }) csv.WriteField(h);
            csv.EndRecord();
            foreach (var r in reports)
            {
                csv.WriteField(r.Submission);
                csv.WriteField(Show.PreciseScore(r.Score));
                csv.WriteField(Show.PreciseScore(r.MaxScore));
                csv.WriteField(r.MaxScore > 0 ? Show.PreciseScore(Math.Round(100 * r.Score / r.MaxScore, 1)) : "0");
                csv.WriteField(r.Status.ToWire());
                foreach (var (id, _) in tasks) csv.WriteField(Show.PreciseScore(r.Tasks.FirstOrDefault(t => t.Id == id)?.Score ?? 0));
                if (quizMax >= 0) csv.WriteField(Show.PreciseScore(r.QuizScore ?? 0));
                // As numbers, not text: a negative one must not be escaped as if it were a formula.
                if (adjusted) csv.WriteField(r.Adjusted ?? 0, "0.###", CultureInfo.InvariantCulture);
                if (late)
                {
                    csv.WriteField(r.Late?.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "");
                    csv.WriteField(r.Late?.Deadline.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "");
                    csv.WriteField(r.Late is null ? "" : r.Late.DaysLate.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(r.LatePenalty ?? 0, "0.###", CultureInfo.InvariantCulture);
                }
                csv.EndRecord();
            }
            csv.Flush();
        }
        return writer.ToString();
    }
}
