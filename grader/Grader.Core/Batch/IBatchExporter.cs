using Grader.Reports;

namespace Grader.Batch;

/// <summary>Formats a whole batch (all its reports and their summary) into one file. Like the
/// per-report exporters, these only format.</summary>
public interface IBatchExporter
{
    string FileName { get; }

    string Export(IReadOnlyList<GradeReport> reports, BatchSummary summary);
}
