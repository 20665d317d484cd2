namespace Grader.Exporters;

/// <summary>Every per-submission format, by its --format name. The command line offers exactly
/// these and the format tests snapshot each of them, so a new format is added here and nowhere else.</summary>
public static class ReportFormats
{
    public static readonly IReadOnlyList<IReportExporter> All =
        [new JsonExporter(), new ClassroomExporter(), new GradescopeExporter(), new JUnitExporter(), new MarkdownExporter(), new TextSummaryExporter(), new StudentPageExporter()];

    public static string[] Names => All.Select(e => e.Name).ToArray();

    public static IReportExporter Get(string name) =>
        All.FirstOrDefault(e => e.Name == name) ?? throw GraderException.BadInput($"Unknown format '{name}'. Formats: {string.Join(", ", Names)}.");
}
