using Newtonsoft.Json;
using Grader.Exporters;
using Grader.Reports;

namespace Grader.Batch;

/// <summary>summary.json: the batch summary for tools.</summary>
public sealed class SummaryJsonExporter : IBatchExporter
{
    public string FileName => "summary.json";

    public string Export(IReadOnlyList<GradeReport> reports, BatchSummary summary) =>
        JsonConvert.SerializeObject(summary, JsonExporter.Settings) + "\n";
}
