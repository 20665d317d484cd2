using System.IO.Compression;

namespace Grader.Batch;

/// <summary>Finds the submissions of a batch: one per sub-folder of a folder (the layout GitHub
/// Classroom's assistant downloads, one repository per student), or one per top-level folder of
/// a zip, extracted safely into a scratch folder — below a single wrapper folder in either case.</summary>
public static class SubmissionSource
{
    /// <summary>Zip limits: enough for hundreds of students' source files, not for a zip bomb.</summary>
    public const long MaxExtractedBytes = 2L * 1024 * 1024 * 1024;
    public const int MaxEntries = 200_000;

    /// <returns>The items, or an error naming what is wrong; <c>root</c> is the folder whose
    /// sub-folders they are (below a single wrapper folder, when there was one).</returns>
    public static (IReadOnlyList<BatchItem> items, string? error, string root) Find(string path, string scratch)
    {
        if (Directory.Exists(path)) return FromFolder(path, scratch);
        if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var target = Path.Combine(scratch, "extracted");
            var error = Extract(path, target);
            return error is null ? FromFolder(target, scratch) : ([], error, target);
        }
        return ([], $"'{path}' is neither a folder nor a .zip file of submissions.", path);
    }

    /// <param name="outDirectory">The batch's own output, skipped when it lies inside the folder.</param>
    private static (IReadOnlyList<BatchItem>, string?, string) FromFolder(string folder, string outDirectory)
    {
        var root = Unwrap(folder);
        var items = Visible(Directory.GetDirectories(root))
            .Where(d => !string.Equals(Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar), outDirectory.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            .Select(d => new BatchItem(Path.GetFileName(d), d))
            .OrderBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        return (items, null, root);
    }

    /// <summary>Below single wrapper folders: a zip of the class folder ("Compress subs" makes
    /// subs.zip holding subs/alice, subs/bob) has one folder and nothing else at its top, and that
    /// folder holds no files of its own; its sub-folders are the students. A student's own folder
    /// holds files (at least their code), so one student alone is not unwrapped.</summary>
    private static string Unwrap(string folder)
    {
        while (Visible(Directory.GetDirectories(folder)) is [var only] && !Visible(Directory.GetFiles(folder)).Any() && !Visible(Directory.GetFiles(only)).Any())
            folder = only;
        return folder;
    }

    /// <summary>Hidden entries (.git, .DS_Store) and the resource forks macOS adds to a zip are not submissions.</summary>
    private static string[] Visible(IEnumerable<string> paths) =>
        paths.Where(p => Path.GetFileName(p) is var n && !n.StartsWith('.') && n != "__MACOSX").ToArray();

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
