using Grader.Reports;

namespace Grader.Batch;

/// <summary>Writes the batch-level files (gradebook, summaries, HTML) and each student's page
/// (students/&lt;id&gt;.html, with the plots) from every stored report, so a resumed or merged batch
/// produces exactly what an uninterrupted one would.</summary>
public static class BatchOutputs
{
    /// <param name="formats">The per-report formats written beside (under &lt;out&gt;/&lt;format&gt;/), which report.html links to.</param>
    public static IReadOnlyList<IBatchExporter> Exporters(IReadOnlyList<string> formats) =>
        [new GradebookCsvExporter(), new SummaryJsonExporter(), new SummaryMarkdownExporter(), new HtmlReportExporter(formats)];

    /// <param name="reports">Read one at a time: only a small row of each is kept.</param>
    /// <param name="mistakeTitles">The module's catalogued mistakes (<see cref="Modules.MistakeCatalog"/>).</param>
    /// <param name="formats">The per-report formats written beside (<see cref="Exporters"/>).</param>
    public static BatchSummary Write(string outDirectory, IEnumerable<GradeReport> reports, IReadOnlyDictionary<string, string> mistakeTitles, IReadOnlyList<string>? formats = null)
    {
        var rows = new List<BatchRow>();
        var tally = new PassRateTally();
        var mistakes = new MistakeTally();
        var students = Path.Combine(outDirectory, StudentsFolder);
        Directory.CreateDirectory(students);
        var page = new Exporters.StudentPageExporter();
        // The pages (plots drawn with OxyPlot) are most of this work and independent of each
        // other: drawn on every core while the reports are read and tallied in order here; at
        // most one page per core waits, so memory stays bounded.
        using (var pages = new PageWriters(Environment.ProcessorCount))
        {
            foreach (var r in reports)
            {
                pages.Add(() => WriteWhole(Path.Combine(students, StudentPage(r.Submission)), page.Export(r)));
                rows.Add(BatchRow.Of(r));
                tally.Add(r);
                mistakes.Add(r);
            }
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Submission, b.Submission));
        var summary = BatchSummary.Of(rows, tally.Rates(), mistakes.Counts(mistakeTitles));
        Directory.CreateDirectory(outDirectory);
        foreach (var e in Exporters(formats ?? [])) WriteWhole(Path.Combine(outDirectory, e.FileName), e.Export(rows, summary));
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
