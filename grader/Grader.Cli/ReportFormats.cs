using Grader.Exporters;

namespace Grader.Cli;

/// <summary>The exporters the command line offers, by --format name.</summary>
internal static class ReportFormats
{
    public static readonly IReportExporter[] All =
        [new JsonExporter(), new ClassroomExporter(), new GradescopeExporter(), new JUnitExporter(), new MarkdownExporter(), new TextSummaryExporter()];

    public static string[] Names => All.Select(e => e.Name).ToArray();

    public static IReportExporter Get(string name) => All.First(e => e.Name == name);
}
