using Grader.Reports;

namespace Grader.Exporters;

/// <summary>A format that shows figures as image files beside it, linked (Markdown): when it is
/// written to a file, <see cref="ReportWriter"/> writes the figures into the folder it names.</summary>
public interface IFigureLinkingExporter : IReportExporter
{
    /// <param name="plotsFolder">The folder, relative to the exported file, the figures are written to.</param>
    string Export(GradeReport report, string plotsFolder);
}
