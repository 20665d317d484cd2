using System.Text.RegularExpressions;

namespace Grader.Batch;

/// <summary>What the name of one entry in an LMS's "download all submissions" archive says: whose
/// it is and, for a loose file, the student's own file name. The LMSs write these names, not the
/// students, so a pattern that matches is trusted to name the student.</summary>
/// <param name="Layout">"Canvas", "Moodle" or "Blackboard".</param>
/// <param name="Student">The submission id: Canvas's sortable name and user id ("smithbob_340934"),
/// Moodle's full name and participant id ("Bob Smith_123456"), Blackboard's username.</param>
/// <param name="File">The student's file name, for a loose file; null for a folder (Moodle's) or an
/// LMS's own record of the submission (Blackboard's attempt .txt, Moodle's online text).</param>
/// <param name="Attempt">Blackboard's attempt time (yyyy-MM-dd-HH-mm-ss), which orders a student's attempts.</param>
/// <param name="IsWork">Whether the entry holds files the student handed in (not a record, comments
/// or online text); an entry that does not still names a student, who is then graded as having
/// handed in nothing rather than left out.</param>
public sealed partial record LmsDownloadName(string Layout, string Student, string? File, string? Attempt, bool IsWork)
{
    /// <param name="blackboardUsers">Blackboard usernames by "assignment_username_attempt_stamp", read
    /// from its records (<see cref="BlackboardRecords"/>): the only sure way to tell where a
    /// username holding "_" begins.</param>
    public static LmsDownloadName? Parse(string name, bool isFolder, IReadOnlyDictionary<string, string>? blackboardUsers = null)
    {
        var parsed = ParseName(name, isFolder, blackboardUsers);
        // The student's part of the name becomes a file name: never a path, "." or "..".
        return parsed?.File is { } file && (file is "." or ".." || file.IndexOfAny(['/', '\\']) >= 0) ? null : parsed;
    }

    private static LmsDownloadName? ParseName(string name, bool isFolder, IReadOnlyDictionary<string, string>? blackboardUsers)
    {
        if (isFolder)
            return MoodleFolder().Match(name) is { Success: true } f ? new("Moodle", Moodle(f), null, null, f.Groups["plugin"].Value == "file") : null;
        if (Canvas().Match(name) is { Success: true } c)
            return new("Canvas", c.Groups["who"].Value + "_" + c.Groups["id"].Value, c.Groups["file"].Value, null, true);
        if (MoodleFile().Match(name) is { Success: true } m)
            return m.Groups["plugin"].Value == "file" ? new("Moodle", Moodle(m), m.Groups["file"].Value, null, true) : new("Moodle", Moodle(m), null, null, false);
        if (Blackboard().Match(name) is { Success: true } b)
        {
            var who = blackboardUsers?.GetValueOrDefault(b.Groups["key"].Value) ?? b.Groups["who"].Value;
            return b.Groups["file"].Success ? new("Blackboard", who, b.Groups["file"].Value, b.Groups["at"].Value, true) : new("Blackboard", who, null, b.Groups["at"].Value, false);
        }
        return null;
    }

    // Canvas: <sortable name, lower case, letters and digits only>_[LATE_]<user id>_<attachment id>_<file>.
    [GeneratedRegex(@"^(?<who>[a-z0-9-]+)_(?:LATE_)?(?<id>\d+)_\d+_(?<file>.+)$")]
    private static partial Regex Canvas();

    // Moodle turns a name's underscores into spaces, so the first underscore ends it.
    // Only the "file" plugin's entries are work; "onlinetext" and others still name the student.
    [GeneratedRegex(@"^(?<who>[^_]+)_(?<id>\d+)_assignsubmission_(?<plugin>[a-z]+)_(?<file>.+)$")]
    private static partial Regex MoodleFile();

    [GeneratedRegex(@"^(?<who>[^_]+)_(?<id>\d+)_assignsubmission_(?<plugin>[a-z]+)_?$")]
    private static partial Regex MoodleFolder();

    private static string Moodle(Match m) => m.Groups["who"].Value + "_" + m.Groups["id"].Value;

    // Blackboard: <assignment>_<username>_attempt_<yyyy-MM-dd-HH-mm-ss>[_<file>]; the file-less .txt is its record.
    // "who" (after the last "_") is the username only when BlackboardRecords cannot say better.
    [GeneratedRegex(@"^(?<key>.+?_(?<who>[^_]+)_attempt_(?<at>\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}))(?:_(?<file>.+)|\.txt)$")]
    private static partial Regex Blackboard();
}
