using System.Globalization;
using Grader.Batch;
using Spectre.Console;

namespace Grader.Cli;

/// <summary>The end of a batch at a glance, on a terminal: the score spread, how many ended in
/// each status, and the tests the class failed most.</summary>
internal static class BatchTable
{
    public static Table Of(BatchSummary s)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("").AddColumn(new TableColumn("").RightAligned());
        table.ShowHeaders = false;
        string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        table.AddRow("score (min / median / mean / max)", $"{N(s.Min)} / {N(s.Median)} / {N(s.Mean)} / {N(s.Max)} of {N(s.MaxScore)}");
        table.AddRow("full marks", $"{s.FullMarks} of {s.Submissions}");
        foreach (var (status, count) in s.ByStatus)
            table.AddRow(Markup.Escape(status), (status == "graded" ? "" : "[red]") + count + (status == "graded" ? "" : "[/]"));
        foreach (var t in s.Tests.Where(t => t.Total > 0).OrderBy(t => t.Rate).ThenBy(t => t.Name, StringComparer.Ordinal).Take(5))
            table.AddRow("least passed: " + Markup.Escape(Reports.TestNames.Readable(t.Name)), $"{t.Passed}/{t.Total}");
        return table;
    }
}
