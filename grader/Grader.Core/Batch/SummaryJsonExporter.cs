using Newtonsoft.Json;
using Grader.Exporters;

namespace Grader.Batch;

/// <summary>summary.json: the batch summary for tools.</summary>
public sealed class SummaryJsonExporter : IBatchExporter
{
    public string FileName => "summary.json";

    public string Export(IReadOnlyList<BatchRow> reports, BatchSummary summary) =>
        JsonConvert.SerializeObject(summary, JsonExporter.Settings) + "\n";
}
