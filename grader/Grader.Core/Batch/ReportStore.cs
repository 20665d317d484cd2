using Grader.Exporters;
using Grader.Reports;

namespace Grader.Batch;

/// <summary>The batch's reports on disk, one JSON file per submission under reports/. A report is
/// written to a temporary file and renamed into place, so a file that exists is complete: a
/// batch killed at any moment loses at most the submissions in flight, which the next run grades.</summary>
public sealed class ReportStore(string outDirectory)
{
    /// <summary>The folder under a batch's output that holds the reports.</summary>
    public const string FolderName = "reports";

    public string Directory { get; } = Path.Combine(outDirectory, FolderName);

    public string PathFor(string id) => Path.Combine(Directory, SafeName(id) + ".json");

    public bool Has(string id) => File.Exists(PathFor(id));

    /// <summary>Deletes half-written reports a killed run left behind (their temporary files; the
    /// reports themselves are graded again).</summary>
    public void RemoveUnfinished()
    {
        if (!System.IO.Directory.Exists(Directory)) return;
        foreach (var f in System.IO.Directory.GetFiles(Directory, "*.json.tmp-*")) File.Delete(f);
    }

    /// <summary>The fingerprint the stored report was graded with; null when it has none (graded
    /// before reports carried one) or cannot be read — either way it is stale.</summary>
    public string? FingerprintOf(string id)
    {
        try { return JsonExporter.Read(File.ReadAllText(PathFor(id))).Run.Fingerprint; }
        catch (Newtonsoft.Json.JsonException) { return null; }
    }

    public void Write(string id, GradeReport report)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var final = PathFor(id);
        var temp = final + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temp, new JsonExporter().Export(report));
        File.Move(temp, final, overwrite: true);
    }

    /// <summary>Every complete report, read lazily one at a time (in file-name order), so a batch
    /// of any size is never in memory at once.</summary>
    public IEnumerable<GradeReport> ReadEach()
    {
        if (!System.IO.Directory.Exists(Directory)) yield break;
        var paths = System.IO.Directory.GetFiles(Directory, "*.json");
        Array.Sort(paths, StringComparer.Ordinal);
        foreach (var p in paths) yield return JsonExporter.Read(File.ReadAllText(p));
    }

    public int Count => System.IO.Directory.Exists(Directory) ? System.IO.Directory.GetFiles(Directory, "*.json").Length : 0;

    /// <summary>Ids become file names: anything but letters, digits, '-', '_' and '.' is replaced.</summary>
    public static string SafeName(string id)
    {
        var chars = id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray();
        var name = new string(chars).TrimStart('.');
        if (name == id) return name;
        // Two ids that differ only in replaced characters must not share a file.
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id));
        return (name.Length == 0 ? "_" : name) + "-" + Convert.ToHexString(hash, 0, 4).ToLowerInvariant();
    }
}
