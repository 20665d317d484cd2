using System.Text.RegularExpressions;

namespace Grader.Batch;

/// <summary>Blackboard writes one record per attempt, "&lt;assignment&gt;_&lt;username&gt;_attempt_&lt;time&gt;.txt",
/// whose first line is "Name: Anna Smith (anna_smith)". A username may hold "_", so the file names
/// alone cannot say where it begins; the record can, and so can the assignment name every file shares.</summary>
public static partial class BlackboardRecords
{
    /// <returns>Username by "&lt;assignment&gt;_&lt;username&gt;_attempt_&lt;time&gt;": from the attempt's record
    /// where it says; else, when the download holds several students, what follows the assignment
    /// name all their files share (two "…_smith" students must not become one).</returns>
    public static IReadOnlyDictionary<string, string> Usernames(IReadOnlyList<string> files)
    {
        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = files.Select(f => Attempt().Match(Path.GetFileName(f))).Where(m => m.Success).Select(m => m.Groups["key"].Value).Distinct().ToList();
        var before = keys.Select(k => k[..k.LastIndexOf("_attempt_", StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal).ToList();
        if (before.Count > 1)
        {
            var shared = before.Aggregate((a, b) => a[..a.Zip(b).TakeWhile(p => p.First == p.Second).Count()]);
            var assignment = shared[..(shared.LastIndexOf('_') + 1)];
            foreach (var key in keys)
                if (key[assignment.Length..key.LastIndexOf("_attempt_", StringComparison.Ordinal)] is { Length: > 0 } user)
                    users[key] = user;
        }
        foreach (var file in files)
        {
            var record = Attempt().Match(Path.GetFileName(file));
            if (!record.Success || !record.Groups["record"].Success || new FileInfo(file).Length > 64 * 1024) continue;
            try
            {
                if (File.ReadLines(file).Take(5).Select(l => NameLine().Match(l)).FirstOrDefault(m => m.Success) is { } m)
                    users[record.Groups["key"].Value] = m.Groups["user"].Value;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return users;
    }

    // A file of the attempt (key_<file>) or its record (key.txt).
    [GeneratedRegex(@"^(?<key>.+_attempt_\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})(?:_.+|(?<record>\.txt))$")]
    private static partial Regex Attempt();

    [GeneratedRegex(@"^\s*Name:.*\((?<user>[^()\s]+)\)\s*$")]
    private static partial Regex NameLine();
}
