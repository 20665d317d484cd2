using Grader.Reports;

namespace Grader.Exporters;

/// <summary>Owns where exported reports go: one file, a folder (each format under its usual name),
/// a stream, or a batch's per-format folders. Files appear whole or not at all (written beside the
/// target, then renamed), and one format that fails to export or to write costs only itself.</summary>
public static class ReportWriter
{
    public static IReadOnlyList<ExportFailure> ToFile(GradeReport report, string format, string path) =>
        Write(ReportFormats.Get(format), report, path) is { } failure ? [failure] : [];

    public static IReadOnlyList<ExportFailure> ToFolder(GradeReport report, IEnumerable<string> formats, string folder)
    {
        var failures = new List<ExportFailure>();
        foreach (var exporter in formats.Distinct().Select(ReportFormats.Get))
            if (Write(exporter, report, Path.Combine(folder, exporter.DefaultFileName)) is { } failure) failures.Add(failure);
        return failures;
    }

    public static IReadOnlyList<ExportFailure> ToWriter(GradeReport report, IEnumerable<string> formats, TextWriter writer)
    {
        var failures = new List<ExportFailure>();
        foreach (var exporter in formats.Distinct().Select(ReportFormats.Get))
        {
            try { writer.Write(exporter.Export(report)); }
            catch (Exception e) when (e is not OperationCanceledException) { failures.Add(new ExportFailure(exporter.Name, "the output", e.Message)); }
        }
        return failures;
    }

    /// <summary>A batch's reports in each format, one file per submission under &lt;out&gt;/&lt;format&gt;/,
    /// in one pass over the reports (one in memory at a time, whatever the number of formats).</summary>
    public static IReadOnlyList<ExportFailure> ForBatch(IEnumerable<GradeReport> reports, IReadOnlyList<string> formats, string outDirectory, Func<string, string> fileStem)
    {
        var exporters = formats.Distinct().Select(name => (dir: Path.Combine(outDirectory, name), exporter: ReportFormats.Get(name))).ToList();
        var failures = new List<ExportFailure>();
        if (exporters.Count == 0) return failures;
        foreach (var r in reports)
            foreach (var (dir, exporter) in exporters)
                if (Write(exporter, r, Path.Combine(dir, fileStem(r.Submission) + Path.GetExtension(exporter.DefaultFileName))) is { } failure)
                    failures.Add(failure);
        return failures;
    }

    private static ExportFailure? Write(IReportExporter exporter, GradeReport report, string path)
    {
        var temp = path + ".tmp-" + Environment.ProcessId;
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var plots = Path.GetFileNameWithoutExtension(path) + "-plots";
            var text = exporter is IFigureLinkingExporter linking ? linking.Export(report, plots) : exporter.Export(report);
            Directory.CreateDirectory(folder);
            if (exporter is IFigureLinkingExporter) Plots.FigureFiles.Write(report, Path.Combine(folder, plots));
            File.WriteAllText(temp, text);
            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            return new ExportFailure(exporter.Name, path, e.Message);
        }
    }
}
