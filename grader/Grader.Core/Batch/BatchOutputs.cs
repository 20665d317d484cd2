using Grader.Reports;

namespace Grader.Batch;

/// <summary>Writes the batch-level files (gradebook, summaries, HTML) from every stored report, so
/// a resumed or merged batch produces exactly what an uninterrupted one would.</summary>
public static class BatchOutputs
{
    public static readonly IReadOnlyList<IBatchExporter> Exporters =
        [new GradebookCsvExporter(), new SummaryJsonExporter(), new SummaryMarkdownExporter(), new HtmlReportExporter()];

    public static BatchSummary Write(string outDirectory, IReadOnlyList<GradeReport> reports)
    {
        var summary = BatchSummary.Of(reports);
        Directory.CreateDirectory(outDirectory);
        foreach (var e in Exporters)
        {
            var path = Path.Combine(outDirectory, e.FileName);
            File.WriteAllText(path + ".tmp", e.Export(reports, summary));
            File.Move(path + ".tmp", path, overwrite: true);
        }
        return summary;
    }
}
