using Grader.Reports;

namespace Grader.Plots;

/// <summary>Writes a report's figures as SVG files into a folder (beside Markdown feedback, or
/// where `check --plots` / `watch --plots` were told).</summary>
public static class FigureFiles
{
    /// <summary>The paths written, in order; none (and no folder) when the report has no figures.</summary>
    public static IReadOnlyList<string> Write(GradeReport report, string folder)
    {
        var figures = ReportFigures.Shown(report);
        if (figures.Count == 0) return [];
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        for (var i = 0; i < figures.Count; i++)
        {
            var path = Path.Combine(folder, ReportFigures.FileName(i, figures[i]));
            File.WriteAllText(path, FigureRenderer.Shared.Svg(figures[i], "f" + i));
            written.Add(path);
        }
        return written;
    }
}
