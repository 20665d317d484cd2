namespace Grader.Batch;

/// <summary>Finds the submissions of a batch: one per sub-folder of a folder (the layout GitHub
/// Classroom's assistant downloads, one repository per student), or one per top-level folder of
/// a zip, extracted safely into a scratch folder — below a single wrapper folder in either case;
/// or an LMS's download of loose, prefixed files, regrouped by student (<see cref="LmsDownload"/>).</summary>
public static class SubmissionSource
{
    /// <summary>Zip limits: enough for hundreds of students' source files, not for a zip bomb.</summary>
    public const long MaxExtractedBytes = 2L * 1024 * 1024 * 1024;

    /// <param name="scratch">The batch's output folder: zips are extracted and LMS downloads
    /// regrouped below it, and it is never taken for a submission.</param>
    public static SubmissionSet Find(string path, string scratch)
    {
        if (Directory.Exists(path)) return FromFolder(path, scratch);
        if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var target = Path.Combine(scratch, "extracted");
            var skipped = new List<string>();
            var error = SafeZip.Extract(path, target, MaxExtractedBytes, skipped);
            if (error is not null) return new([], error, target, []);
            var found = FromFolder(target, scratch);
            return found with { Notes = [.. skipped, .. found.Notes] };
        }
        return new([], $"'{path}' is neither a folder nor a .zip file of submissions.", path, []);
    }

    private static SubmissionSet FromFolder(string folder, string outDirectory)
    {
        var root = Unwrap(folder);
        var folders = Visible(Directory.GetDirectories(root))
            .Where(d => !string.Equals(Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar), outDirectory.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            .ToList();
        var files = Visible(Directory.GetFiles(root));
        if (LmsDownload.Regroup(folders, files, outDirectory) is var (regrouped, notes))
            return new(regrouped, SameFileName(regrouped), root, notes);
        var items = folders.Select(d => new BatchItem(Path.GetFileName(d), d)).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        // Code named for a student by an LMS, beside folders that are not: a download with something
        // added (a student's zip unzipped in place). Each folder is a student; say what is left out.
        var work = files.Where(f => LmsDownloadName.Parse(Path.GetFileName(f), isFolder: false) is { File: { } name }
                                    && (name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)))
            .Select(Path.GetFileName).ToList();
        string[] left = work.Count == 0 ? [] :
        [
            $"{work.Count} file{(work.Count == 1 ? "" : "s")} named by an LMS for a student ({string.Join(", ", work.Take(3))}{(work.Count > 3 ? ", ..." : "")}) " +
            "were left out: the folder also holds sub-folders that are not, so each sub-folder was taken for a student. Give batch the LMS's " +
            "download as it came (it extracts a student's zip itself).",
        ];
        return new(items, SameFileName(items), root, left);
    }

    /// <summary>Two ids whose report files differ only in case ("Alice", "alice") would share one
    /// file where names ignore case (macOS, Windows, and a results folder copied there): refused
    /// before anything is graded rather than one report silently replacing the other.</summary>
    private static string? SameFileName(IReadOnlyList<BatchItem> items) =>
        items.GroupBy(i => ReportStore.SafeName(i.Id), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } clash
            ? $"the submissions {string.Join(" and ", clash.Select(i => $"'{i.Id}'"))} differ only in upper and lower case, so their reports would be one file on macOS or Windows; rename one of the folders."
            : null;

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
}
