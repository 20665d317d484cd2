namespace Grader.Batch.Lms;

/// <summary>The roster map: which LMS user each submission belongs to. A CSV file whose header is
/// <c>submission,&lt;LMS column&gt;</c>: the first column holds the submission id (the sub-folder name
/// the batch graded, e.g. the GitHub username), the second the student's value in the named column of
/// the LMS file (Canvas <c>SIS Login ID</c>, Blackboard <c>Username</c>, Moodle <c>Email address</c>,
/// …). Naming the column in the header says which identifier the map holds, so no option is needed.</summary>
public sealed partial class RosterMap
{
    public required string File { get; init; }
    public required string KeyColumn { get; init; }
    /// <summary>Submission id → the student's value in <see cref="KeyColumn"/>.</summary>
    public required IReadOnlyDictionary<string, string> Users { get; init; }

    public static RosterMap Read(string path)
    {
        var table = CsvTable.Read(path, ',');
        if (table.Header.Length != 2 || table.Header[0].Trim() != "submission" || table.Header[1].Trim().Length == 0)
            throw GraderException.BadInput($"{path}:1: the header must be 'submission,<LMS column>' (e.g. 'submission,SIS Login ID'), not '{string.Join(",", table.Header)}'.");
        var key = table.Header[1].Trim();
        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, (string Submission, int Line)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            if (row.Cells.Length != 2)
                throw GraderException.BadInput($"{path}:{row.Line}: expected 2 fields (submission, {key}), found {row.Cells.Length}.");
            var (submission, user) = (row[0].Trim(), row[1].Trim());
            if (submission.Length == 0 || user.Length == 0)
                throw GraderException.BadInput($"{path}:{row.Line}: an empty {(submission.Length == 0 ? "submission" : key)}.");
            if (!users.TryAdd(submission, user))
                throw GraderException.BadInput($"{path}:{row.Line}: submission '{submission}' is mapped twice.");
            // Two submissions for one student: which grade counts is the instructor's call, not ours.
            if (!owners.TryAdd(user, (submission, row.Line)))
                throw GraderException.BadInput($"{path}:{row.Line}: {key} '{user}' is already mapped to submission '{owners[user].Submission}' (line {owners[user].Line}).");
        }
        return new RosterMap { File = path, KeyColumn = key, Users = users };
    }

    /// <summary>The map an LMS's own download implies, without a file: Canvas names each student's
    /// files with their Canvas user id (the gradebook export's <c>ID</c> column), which batch keeps as
    /// the end of the submission id ("smithbob_340934"). Null when the ids do not all have that form
    /// (then a map file is needed). A Blackboard username looks like any other id (a GitHub name could
    /// be someone else's username), so Blackboard always takes a map.</summary>
    public static RosterMap? FromDownloadIds(string lms, IEnumerable<string> submissions)
    {
        var ids = submissions.ToList();
        var (column, user) = lms switch
        {
            "canvas" => ("ID", (Func<string, string?>)(s => CanvasId().Match(s) is { Success: true } m ? m.Groups[1].Value : null)),
            _ => ("", (Func<string, string?>)(_ => null)),
        };
        var users = ids.ToDictionary(s => s, user, StringComparer.Ordinal);
        if (ids.Count == 0 || users.Values.Any(u => u is null)) return null;
        return new RosterMap { File = "the submission ids", KeyColumn = column, Users = users.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal) };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z0-9-]+_(\d+)$")]
    private static partial System.Text.RegularExpressions.Regex CanvasId();
}
