namespace Grader.Batch;

/// <summary>Formats a whole batch (a row per submission and their summary) into one file. Like
/// the per-report exporters, these only format.</summary>
public interface IBatchExporter
{
    string FileName { get; }

    string Export(IReadOnlyList<BatchRow> rows, BatchSummary summary);
}
