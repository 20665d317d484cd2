using System.IO.Compression;

namespace Grader.Batch;

/// <summary>Finds the submissions of a batch: one per sub-folder of a folder (the layout GitHub
/// Classroom's assistant downloads, one repository per student), or one per top-level folder of
/// a zip, extracted safely into a scratch folder.</summary>
public static class SubmissionSource
{
    /// <summary>Zip limits: enough for hundreds of students' source files, not for a zip bomb.</summary>
    public const long MaxExtractedBytes = 2L * 1024 * 1024 * 1024;
    public const int MaxEntries = 200_000;

    /// <returns>The items, or an error naming what is wrong.</returns>
    public static (IReadOnlyList<BatchItem> items, string? error) Find(string path, string scratch)
    {
        if (Directory.Exists(path)) return (FromFolder(path), null);
        if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var target = Path.Combine(scratch, "extracted");
            var error = Extract(path, target);
            return error is null ? (FromFolder(target), null) : ([], error);
        }
        return ([], $"'{path}' is neither a folder nor a .zip file of submissions.");
    }

    private static List<BatchItem> FromFolder(string folder) =>
        Directory.GetDirectories(folder)
            .Select(d => new BatchItem(Path.GetFileName(d), d))
            .Where(i => !i.Id.StartsWith('.'))
            .OrderBy(i => i.Id, StringComparer.Ordinal)
            .ToList();

    private static string? Extract(string zip, string target)
    {
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(target);
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        try
        {
            using var archive = ZipFile.OpenRead(zip);
            if (archive.Entries.Count > MaxEntries) return $"{Path.GetFileName(zip)} has {archive.Entries.Count} entries; at most {MaxEntries} are accepted.";
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                var dest = Path.GetFullPath(Path.Combine(target, entry.FullName));
                // "Zip slip": an entry named ../../x must not land outside the target.
                if (!dest.StartsWith(root, StringComparison.Ordinal))
                    return $"{Path.GetFileName(zip)} contains an entry that points outside the archive ('{entry.FullName}'); refusing to extract it.";
                if (entry.FullName.EndsWith('/')) { Directory.CreateDirectory(dest); continue; }
                total += entry.Length;
                if (total > MaxExtractedBytes) return $"{Path.GetFileName(zip)} expands to more than {MaxExtractedBytes >> 30} GB; refusing to extract it.";
                Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
                entry.ExtractToFile(dest, overwrite: true);
            }
            return null;
        }
        catch (InvalidDataException e)
        {
            return $"{Path.GetFileName(zip)} is not a readable zip file: {e.Message}";
        }
    }
}
