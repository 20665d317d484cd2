using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using Grader.Reports;

namespace Grader.Exporters;

/// <summary>The native report (schema: grader/report.schema.json).</summary>
public sealed class JsonExporter : IReportExporter
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        Formatting = Formatting.Indented,
        ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy() },
        Converters = { new WireEnumConverter() },
        NullValueHandling = NullValueHandling.Ignore,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
    };

    public string Name => "json";

    public string DefaultFileName => "report.json";

    public string Export(GradeReport report) => JsonConvert.SerializeObject(report, Settings) + "\n";

    public static GradeReport Read(string json) =>
        JsonConvert.DeserializeObject<GradeReport>(json, Settings) ?? throw new JsonException("empty report");
}
