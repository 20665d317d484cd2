using System.IO.Compression;

namespace Grader.Batch;

/// <summary>Extracts an untrusted zip (a class's download, or one a student handed in) with no
/// path outside the target and bounded size and entry count, so a crafted archive cannot
/// overwrite the grader's files or fill the disk.</summary>
public static class SafeZip
{
    public const int MaxEntries = 200_000;

    /// <param name="skipped">Gets one line per entry that could not be written (a file and a folder
    /// of the same name, say): one student's odd entry costs that entry, not the class.</param>
    /// <returns>null, or why the zip was not extracted at all (then nothing of it is graded).</returns>
    public static string? Extract(string zip, string target, long maxBytes, List<string> skipped)
    {
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        try
        {
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            Directory.CreateDirectory(target);
            using var archive = ZipFile.OpenRead(zip);
            if (archive.Entries.Count > MaxEntries) return $"{Path.GetFileName(zip)} has {archive.Entries.Count} entries; at most {MaxEntries} are accepted.";
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                var dest = Path.GetFullPath(Path.Combine(target, entry.FullName));
                // "Zip slip": an entry named ../../x must not land outside the target.
                if (!dest.StartsWith(root, StringComparison.Ordinal))
                    return $"{Path.GetFileName(zip)} contains an entry that points outside the archive ('{entry.FullName}'); refusing to extract it.";
                total += entry.Length;
                if (total > maxBytes) return $"{Path.GetFileName(zip)} expands to more than {Size(maxBytes)}; refusing to extract it.";
                try
                {
                    if (entry.FullName.EndsWith('/')) { Directory.CreateDirectory(dest); continue; }
                    Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
                    entry.ExtractToFile(dest, overwrite: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    skipped.Add($"{Path.GetFileName(zip)}: entry '{entry.FullName}' was not extracted ({e.Message})");
                }
            }
            return null;
        }
        catch (InvalidDataException e)
        {
            return $"{Path.GetFileName(zip)} is not a readable zip file: {e.Message}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{Path.GetFileName(zip)} could not be extracted into {target}: {e.Message}";
        }
    }

    private static string Size(long bytes) => bytes >= 1L << 30 ? $"{bytes >> 30} GB" : $"{bytes >> 20} MB";
}
