namespace Grader.Batch;

/// <summary>Turns an LMS's "download all submissions" archive into one folder per student, the
/// layout the batch grades: Canvas and Blackboard put every student's files loose side by side,
/// each name prefixed with whose it is; Moodle does that too, or gives each student a folder named
/// for them. Zips a student handed in are extracted in their folder, within one budget per student.</summary>
public static class LmsDownload
{
    /// <summary>A zip a student hands in holds their code, not a class: far less than the batch's.</summary>
    public const long MaxStudentZipBytes = 64L * 1024 * 1024;

    /// <returns>One item per student, each a folder made under <paramref name="scratch"/>, with notes
    /// for the instructor; null when the folder holding <paramref name="folders"/> and <paramref name="files"/>
    /// is not such a download (any folder in it not named by an LMS means it already holds one folder
    /// per student).</returns>
    public static (IReadOnlyList<BatchItem> items, IReadOnlyList<string> notes)? Regroup(IReadOnlyList<string> folders, IReadOnlyList<string> files, string scratch)
    {
        // A link is not a file the LMS wrote (a zip holds none); it could point anywhere.
        files = files.Where(f => new FileInfo(f).LinkTarget is null).ToList();
        folders = folders.Where(d => new DirectoryInfo(d).LinkTarget is null).ToList();
        var usernames = BlackboardRecords.Usernames(files);
        var named = folders.Select(d => (path: d, folder: true, name: LmsDownloadName.Parse(Path.GetFileName(d), isFolder: true, usernames)))
            .Concat(files.Select(f => (path: f, folder: false, name: LmsDownloadName.Parse(Path.GetFileName(f), isFolder: false, usernames))))
            .ToList();
        if (named.All(e => e.name is null) || named.Any(e => e.folder && e.name is null)) return null;

        var notes = new List<string>();
        var layouts = named.Where(e => e.name is not null).Select(e => e.name!.Layout).Distinct().Order().ToList();
        var students = named.Where(e => e.name is not null).GroupBy(e => e.name!.Student, StringComparer.Ordinal).ToList();
        var target = Path.Combine(scratch, "regrouped");
        notes.Add($"the submissions are a {string.Join(" and ", layouts)} download: {students.Count} student{(students.Count == 1 ? "" : "s")}, each graded from a folder of their files in {target}.");
        var ignored = named.Where(e => e.name is null).Select(e => Path.GetFileName(e.path)).Order(StringComparer.Ordinal).ToList();
        if (ignored.Count > 0)
            notes.Add($"ignored {ignored.Count} file{(ignored.Count == 1 ? "" : "s")} not named by the LMS for a student: {string.Join(", ", ignored.Take(10))}{(ignored.Count > 10 ? ", ..." : "")}.");

        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        var olderAttempts = 0;
        var items = new List<BatchItem>();
        foreach (var student in students)
        {
            var folder = Path.Combine(target, ReportStore.SafeName(student.Key));
            Directory.CreateDirectory(folder);
            items.Add(new BatchItem(student.Key, folder));
            // Blackboard keeps every attempt; the last one is the submission.
            var last = student.Max(e => e.name!.Attempt);
            olderAttempts += student.Where(e => e.name!.Attempt != last).Select(e => e.name!.Attempt).Distinct().Count();
            foreach (var (path, isFolder, name) in student.Where(e => e.name!.IsWork && e.name.Attempt == last))
            {
                try
                {
                    if (isFolder) CopyFolder(path, folder);
                    else File.Copy(path, Path.Combine(folder, name!.File!), overwrite: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    notes.Add($"{student.Key}: {Path.GetFileName(path)} was not taken ({e.Message}).");
                }
            }
            ExtractZips(student.Key, folder, notes);
        }
        if (olderAttempts > 0)
            notes.Add($"{olderAttempts} earlier attempt{(olderAttempts == 1 ? " was" : "s were")} left out: each student's last attempt is graded.");
        return (items.OrderBy(i => i.Id, StringComparer.Ordinal).ToList(), notes);
    }

    /// <summary>Each zip a student handed in, into a new folder beside it named for it (never an
    /// existing one: "..zip" must not name the folder above), all of them together within
    /// <see cref="MaxStudentZipBytes"/>.</summary>
    private static void ExtractZips(string student, string folder, List<string> notes)
    {
        var budget = MaxStudentZipBytes;
        foreach (var zip in Directory.GetFiles(folder, "*.zip", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stem = Path.Combine(Path.GetDirectoryName(zip)!, ReportStore.SafeName(Path.GetFileNameWithoutExtension(zip)) + ".unzipped");
            var into = stem;
            for (var n = 2; Directory.Exists(into) || File.Exists(into); n++) into = $"{stem}-{n}";
            var skipped = new List<string>();
            var error = budget > 0
                ? SafeZip.Extract(zip, into, budget, skipped)
                : $"{Path.GetFileName(zip)} was not extracted: the student's zips already hold {MaxStudentZipBytes >> 20} MB.";
            notes.AddRange(skipped.Prepend(error).OfType<string>().Select(n => $"{student}: {n}"));
            if (Directory.Exists(into)) budget -= new DirectoryInfo(into).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        }
    }

    /// <summary>Real files and folders only: a link in a download is not the student's work.</summary>
    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null) continue;
            if (entry is DirectoryInfo d) CopyFolder(d.FullName, Path.Combine(to, d.Name));
            else File.Copy(entry.FullName, Path.Combine(to, entry.Name), overwrite: true);
        }
    }
}
