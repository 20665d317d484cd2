using System.Globalization;

namespace Grader.Batch;

/// <summary>&lt;out&gt;/history/&lt;UTC time&gt;/: the reports a regrade is about to replace, and the
/// class files made from them, copied before anything is overwritten.</summary>
public static class ReportHistory
{
    public const string FolderName = "history";

    /// <summary>The class-level files of the state before, kept beside the old reports.</summary>
    private static readonly string[] ClassFiles = ["gradebook.csv", "summary.json", "summary.md", "report.html", "changes.md", "changes.csv"];

    /// <returns>The new history folder.</returns>
    public static string Keep(ReportStore store, IEnumerable<string> ids)
    {
        var outDir = Path.GetDirectoryName(store.Directory)!;
        var folder = NewFolder(Path.Combine(outDir, FolderName));
        var reports = Directory.CreateDirectory(Path.Combine(folder, "reports")).FullName;
        foreach (var id in ids)
            File.Copy(store.PathFor(id), Path.Combine(reports, Path.GetFileName(store.PathFor(id))));
        foreach (var f in ClassFiles.Select(f => Path.Combine(outDir, f)).Where(File.Exists))
            File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        return folder;
    }

    /// <summary>A folder named by the time, never one that exists (two regrades in one second get -2, -3, …).</summary>
    private static string NewFolder(string root)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        for (var n = 1; ; n++)
        {
            var path = Path.Combine(root, n == 1 ? stamp : $"{stamp}-{n}");
            if (Directory.Exists(path)) continue;
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
