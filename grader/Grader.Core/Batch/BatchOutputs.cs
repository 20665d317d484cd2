using Grader.Reports;

namespace Grader.Batch;

/// <summary>Writes the batch-level files (gradebook, summaries, HTML) and each student's page
/// (students/&lt;id&gt;.html, with the plots) from every stored report, so a resumed or merged batch
/// produces exactly what an uninterrupted one would.</summary>
public static class BatchOutputs
{
    public static readonly IReadOnlyList<IBatchExporter> Exporters =
        [new GradebookCsvExporter(), new SummaryJsonExporter(), new SummaryMarkdownExporter(), new HtmlReportExporter()];

    /// <param name="reports">Read one at a time: only a small row of each is kept.</param>
    /// <param name="mistakeTitles">The module's catalogued mistakes (<see cref="Modules.MistakeCatalog"/>).</param>
    public static BatchSummary Write(string outDirectory, IEnumerable<GradeReport> reports, IReadOnlyDictionary<string, string> mistakeTitles)
    {
        var rows = new List<BatchRow>();
        var tally = new PassRateTally();
        var mistakes = new MistakeTally();
        var students = Path.Combine(outDirectory, StudentsFolder);
        Directory.CreateDirectory(students);
        var page = new Exporters.StudentPageExporter();
        foreach (var r in reports)
        {
            WriteWhole(Path.Combine(students, StudentPage(r.Submission)), page.Export(r));
            rows.Add(BatchRow.Of(r));
            tally.Add(r);
            mistakes.Add(r);
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Submission, b.Submission));
        var summary = BatchSummary.Of(rows, tally.Rates(), mistakes.Counts(mistakeTitles));
        Directory.CreateDirectory(outDirectory);
        foreach (var e in Exporters) WriteWhole(Path.Combine(outDirectory, e.FileName), e.Export(rows, summary));
        return summary;
    }

    public const string StudentsFolder = "students";

    /// <summary>The page of a submission, relative to &lt;out&gt;/students/: the class report links here.</summary>
    public static string StudentPage(string? submission) => ReportStore.SafeName(submission ?? "") + ".html";

    private static void WriteWhole(string path, string text)
    {
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
