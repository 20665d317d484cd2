using System.Globalization;
using System.Text;
using CsvHelper;
using Grader.Exporters;
using Grader.Reports;

namespace Grader.Batch;

/// <summary>changes.md and changes.csv after a regrade: the old reports (kept in the run's history
/// folder) against the new ones. Written to the results folder and into the history folder, so
/// each regrade's changes stay with the reports it replaced.</summary>
public static class ChangesFiles
{
    public const string Markdown = "changes.md";
    public const string Csv = "changes.csv";

    public static RegradeDiff Write(string outDirectory, string history, ReportStore store)
    {
        var diff = RegradeDiff.Compare(Pairs(history, store));
        foreach (var dir in new[] { outDirectory, history })
        {
            Save(Path.Combine(dir, Markdown), ToMarkdown(diff, history, outDirectory));
            Save(Path.Combine(dir, Csv), ToCsv(diff));
        }
        return diff;
    }

    private static IEnumerable<(GradeReport, GradeReport)> Pairs(string history, ReportStore store)
    {
        var old = Directory.GetFiles(Path.Combine(history, "reports"), "*.json");
        Array.Sort(old, StringComparer.Ordinal);
        foreach (var path in old)
        {
            var now = Path.Combine(store.Directory, Path.GetFileName(path));
            if (!File.Exists(now)) continue;
            var before = JsonExporter.Read(File.ReadAllText(path));
            var after = JsonExporter.Read(File.ReadAllText(now));
            // A regrade cut short leaves the old report in place: not graded again, nothing to compare.
            if (after.Run.StartedAt == before.Run.StartedAt) continue;
            yield return (before, after);
        }
    }

    internal static string ToMarkdown(RegradeDiff diff, string history, string outDirectory)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Regrade: what changed").AppendLine();
        sb.AppendLine($"{Show.Count(diff.Regraded, "submission")} graded again; the score of {diff.ScoreChanged} changed. " +
                      $"The previous reports are in `{Path.GetRelativePath(outDirectory, history).Replace('\\', '/')}/`.").AppendLine();
        if (diff.ScoreChanged == 0) return sb.AppendLine("No score changed.").ToString();
        foreach (var student in diff.Changes.GroupBy(c => c.Student))
        {
            var total = student.First(c => c.Scope == ScoreChange.Total);
            sb.AppendLine($"## {Show.MarkdownText(student.Key)}: {Value(total.Before)} → {Value(total.After)}").AppendLine();
            sb.AppendLine($"Why: {Show.Markdown(total.Why)}.").AppendLine();
            sb.AppendLine("| what | name | before | after | why |").AppendLine("|---|---|---|---|---|");
            foreach (var c in student.Where(c => c.Scope != ScoreChange.Total))
                sb.AppendLine($"| {c.Scope} | {Show.Markdown(c.Name)} | {Value(c.Before)} | {Value(c.After)} | {Show.Markdown(c.Why)} |");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    internal static string ToCsv(RegradeDiff diff)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            foreach (var h in new[] { "student", "scope", "name", "before", "after", "delta", "why" }) csv.WriteField(h);
            csv.EndRecord();
            foreach (var c in diff.Changes)
            {
                csv.WriteField(c.Student);
                csv.WriteField(c.Scope);
                csv.WriteField(c.Name);
                // Numbers as numbers: a negative delta must not be escaped as if it were a formula.
                if (c.Before is { } b) csv.WriteField(b, "0.###", CultureInfo.InvariantCulture); else csv.WriteField("");
                if (c.After is { } a) csv.WriteField(a, "0.###", CultureInfo.InvariantCulture); else csv.WriteField("");
                csv.WriteField((c.After ?? 0) - (c.Before ?? 0), "0.###", CultureInfo.InvariantCulture);
                csv.WriteField(c.Why);
                csv.EndRecord();
            }
            csv.Flush();
        }
        return writer.ToString();
    }

    private static string Value(double? v) => v is { } x ? Show.Points(x) : "—";

    private static void Save(string path, string text)
    {
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
