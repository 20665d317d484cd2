using Grader.Reports;

namespace Grader.Exporters;

/// <summary>Formats a finished report for one audience or platform. Exporters only format; the
/// score and every status come from the report unchanged.</summary>
public interface IReportExporter
{
    /// <summary>The --format name, e.g. "json".</summary>
    string Name { get; }

    /// <summary>A sensible file name when writing to a folder.</summary>
    string DefaultFileName { get; }

    string Export(GradeReport report);
}
