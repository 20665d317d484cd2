using System.Security.Cryptography;
using System.Text;

namespace Grader.Modules;

/// <summary>assignments/&lt;slug&gt;/starter.sha256: the SHA-256 of each starter and provided file as
/// committed. The assignment folder is also where a student may work in the kit, yet it is the
/// source of the exported template and the stand-in for a file a submission lacks; the hashes tell
/// the committed starter from work in progress, so neither ships nor grades a solved file.
/// sha256sum's format ("hash  name"); line endings are normalised to \n before hashing, so a
/// checkout with CRLF still matches.</summary>
public static class StarterManifest
{
    public const string FileName = "starter.sha256";

    public static string PathOf(CourseModule module) => Path.Combine(module.AssignmentDirectory, FileName);

    /// <summary>The files the manifest covers: what a student edits and what the course provides.</summary>
    public static IEnumerable<string> Covered(CourseModule module) => module.Manifest.EditableFiles.Concat(module.Manifest.ProvidedFiles);

    public static string Hash(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n")))).ToLowerInvariant();

    /// <summary>The manifest's text for the files as they are now (for authors, after changing a starter).</summary>
    public static string Compute(CourseModule module) =>
        string.Concat(Covered(module).Select(n => $"{Hash(File.ReadAllText(Path.Combine(module.AssignmentDirectory, n), Encoding.UTF8))}  {n}\n"));

    /// <summary>Why the assignment folder's copy of <paramref name="name"/> is not the committed
    /// starter; null when it is.</summary>
    public static string? Problem(CourseModule module, string name)
    {
        var path = Path.Combine(module.AssignmentDirectory, name);
        var shown = module.Layout.Shown(path);
        if (!File.Exists(path)) return $"{shown} does not exist";
        var hashes = Read(module);
        if (hashes is null) return $"{module.Layout.Shown(PathOf(module))} is missing, so {shown} cannot be told from an edited copy";
        if (!hashes.TryGetValue(name, out var expected)) return $"{module.Layout.Shown(PathOf(module))} has no hash for {name}";
        return Hash(File.ReadAllText(path, Encoding.UTF8)) == expected ? null : $"{shown} is not the starter as committed (it was edited)";
    }

    /// <summary>Every covered file that is not the committed starter, as <see cref="Problem"/> says it.</summary>
    public static IReadOnlyList<string> Problems(CourseModule module) =>
        Covered(module).Select(n => Problem(module, n)).OfType<string>().ToList();

    /// <summary>Stops a command that ships the assignment folder to students (export, gradescope)
    /// when it is not the committed starter: it would hand out someone's work in progress.</summary>
    public static void RequirePristine(CourseModule module, string command)
    {
        var problems = Problems(module);
        if (problems.Count == 0) return;
        var folder = module.Layout.Shown(module.AssignmentDirectory);
        throw GraderException.BadInput($"{command} ships {folder}/ as the students' starter, but it is not the starter as committed: {string.Join("; ", problems)}. " +
                                       $"Restore it (`git checkout -- {folder}`; work on an assignment in a copy of its folder or in a Classroom repository), then run {command} again.");
    }

    private static Dictionary<string, string>? Read(CourseModule module)
    {
        var path = PathOf(module);
        if (!File.Exists(path)) return null;
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path))
        {
            var parts = line.Split("  ", 2);
            if (parts.Length == 2) hashes[parts[1].Trim()] = parts[0].Trim().ToLowerInvariant();
        }
        return hashes;
    }
}
