using System.Text;
using Grader.Modules;
using Grader.Protocol;

namespace Grader.Loading;

/// <summary>Reads a submission folder without changing it: takes only the files the manifest lists
/// as editable (found anywhere below the folder, so a whole repository can be handed in), falls
/// back to the committed starter for a missing one, and rejects unreadable input (or copies of a
/// file side by side, as in a class folder) with a clear message.</summary>
public static class SubmissionLoader
{
    public const int MaxFileBytes = 256 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static LoadedSubmission Load(CourseModule module, string folder)
    {
        if (!Directory.Exists(folder))
            return Fail(FeedbackIds.Load.MissingFolder, $"The submission folder '{folder}' does not exist.", null);
        var answers = QuizAnswerFile.Read(folder);

        var candidates = SubmissionFiles.Find(folder, "*.cs");
        var sources = new List<SourceFile>();
        var notes = new List<string>();
        if (SeveralCopies(module, folder, candidates, notes) is { } copies)
            return Fail(FeedbackIds.Load.SeveralCopies, copies, answers);
        var found = 0;
        var renamed = new List<string>();
        foreach (var name in module.Manifest.EditableFiles)
        {
            var match = candidates.FirstOrDefault(p => string.Equals(Path.GetFileName(p), name, StringComparison.Ordinal));
            if (match is null && RenamedCopy.Find(candidates, name, module.Manifest.EditableFiles) is { } copy)
            {
                match = copy;
                renamed.Add(Path.GetFileName(copy));
                notes.Add($"{name} was not in the submission; {Path.GetFileName(copy)} was graded in its place (the name an LMS or a browser gives a second copy of {name}).");
            }
            if (match is null)
            {
                if (Starter(module, name) is not { } starter)
                    return Fail(FeedbackIds.Load.NoStarter, NoStarter(module, name, "is not in the submission"), answers);
                notes.Add($"{name} was not in the submission: it was graded with the starter version, whose tasks score nothing.");
                sources.Add(starter);
                continue;
            }
            found++;
            var (text, problem) = ReadStudentFile(match, name, notes);
            if (text is null)
            {
                if (Starter(module, name) is not { } starter)
                    return Fail(FeedbackIds.Load.NoStarter, NoStarter(module, name, "cannot be read (" + problem + ")"), answers);
                // One unreadable file costs only its own tasks: the others are still graded.
                notes.Add(problem! + " It was graded with the starter version instead, whose tasks score nothing.");
                sources.Add(starter);
                continue;
            }
            var (defused, cut) = NestingGuard.Defuse(text);
            if (cut.Count > 0)
                notes.Add($"{name} nests brackets, generic arguments or interpolated strings deeper than the compiler can take (line{(cut.Count == 1 ? "" : "s")} {string.Join(", ", cut)}): " +
                          "that code was not compiled and the member holding it scores nothing. Split the expression into smaller parts.");
            sources.Add(new SourceFile(name, defused));
        }

        foreach (var name in module.Manifest.ProvidedFiles)
            sources.Add(ReadTrusted(Path.Combine(module.AssignmentDirectory, name), name) with { Provided = true });

        if (found == 0)
            return Fail(FeedbackIds.Load.Empty, Empty(module, candidates), answers);

        var extras = candidates.Select(Path.GetFileName).OfType<string>()
            .Where(n => !module.Manifest.EditableFiles.Contains(n, StringComparer.Ordinal) && !module.Manifest.ProvidedFiles.Contains(n, StringComparer.Ordinal) && !renamed.Contains(n, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (extras.Count > 0)
            notes.Add($"Ignored files that are not part of the assignment: {string.Join(", ", extras.Take(10))}{(extras.Count > 10 ? ", ..." : "")}. Only {string.Join(", ", module.Manifest.EditableFiles)} are graded.");
        return new LoadedSubmission(sources, notes, null, answers);
    }

    /// <summary>A student file as text, or null and the reason it cannot be used.</summary>
    private static (string? text, string? problem) ReadStudentFile(string path, string name, List<string> notes)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
            return (null, $"{name} is {length / 1024} KB, over the limit of {MaxFileBytes / 1024} KB per file (remove generated or pasted data).");
        var bytes = File.ReadAllBytes(path);
        if (bytes is [0xFF, 0xFE, ..]) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), null);
        if (bytes is [0xFE, 0xFF, ..]) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), null);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            return (null, $"{name} contains NUL bytes: it is not a text file (submit the C# source file).");
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException e)
        {
            // Usually a comment typed in a legacy editor: every byte is a valid Latin-1 character,
            // so the code still compiles; only non-ASCII text in it may read oddly.
            notes.Add($"{name} is not valid UTF-8 (first bad byte at offset {e.Index}); it was read as Latin-1. Save it as UTF-8 to be sure it reads as you wrote it.");
            return (Encoding.Latin1.GetString(bytes, start, bytes.Length - start), null);
        }
    }

    /// <summary>The starter version of an editable file, to stand in for a missing or unreadable
    /// one; null when the assignment folder's copy is not the committed starter (missing, or edited
    /// by someone working there), which would grade the student with someone else's work.</summary>
    private static SourceFile? Starter(CourseModule module, string name) =>
        StarterManifest.Problem(module, name) is null ? ReadTrusted(Path.Combine(module.AssignmentDirectory, name), name) : null;

    private static string NoStarter(CourseModule module, string name, string what) =>
        $"{name} {what}, and the starter version that would stand in for it cannot: {StarterManifest.Problem(module, name)}. " +
        $"Put {name} back in the submission (in the course repository `git checkout -- {module.Layout.Shown(Path.Combine(module.AssignmentDirectory, name))}` restores the starter) and run again.";

    /// <summary>A module file found more than once. When every other copy lies below the
    /// shallowest one's folder (a repository with a backup or a decoy in a sub-folder), the
    /// shallowest is the student's: it is graded, and a note names the copies ignored. Copies side
    /// by side (alice/X.cs and bob/X.cs: a class folder, or a batch pointed one folder too high)
    /// would otherwise be graded as one submission from whichever came first: refused, naming
    /// every copy, since the grader cannot tell which is the student's.</summary>
    /// <returns>The refusal, or null (with any notes added).</returns>
    private static string? SeveralCopies(CourseModule module, string folder, IReadOnlyList<string> candidates, List<string> notes)
    {
        string Shown(string p) => Path.GetRelativePath(folder, p).Replace(Path.DirectorySeparatorChar, '/');
        string Listed(IEnumerable<string> paths) => string.Join(", ", paths.Take(5).Select(Shown)) + (paths.Count() > 5 ? ", ..." : "");
        var refused = new List<string>();
        foreach (var name in module.Manifest.EditableFiles)
        {
            // Shallowest first, as the loader takes them.
            var copies = candidates.Where(p => string.Equals(Path.GetFileName(p), name, StringComparison.Ordinal)).ToList();
            if (copies.Count < 2) continue;
            var home = Path.GetDirectoryName(copies[0]) + Path.DirectorySeparatorChar;
            if (copies.Skip(1).All(c => c.StartsWith(home, StringComparison.Ordinal)))
                notes.Add($"{name} was found {copies.Count} times: {Shown(copies[0])} was graded; the cop{(copies.Count == 2 ? "y" : "ies")} below it ignored: {Listed(copies.Skip(1))}.");
            else
                refused.Add($"{name} ×{copies.Count}: {Listed(copies)}");
        }
        if (refused.Count == 0) return null;
        return $"The submission holds more than one copy of the module's files, in different folders ({string.Join("; ", refused)}), so none was graded: " +
               "the grader cannot tell which copy is the student's. Hand in one copy of each file; for a class, give batch the folder (or .zip) whose sub-folders are the students.";
    }

    /// <summary>None of the module's files: say what was expected and, when the files are another module's, which.</summary>
    private static string Empty(CourseModule module, IReadOnlyList<string> candidates)
    {
        var message = $"None of module {module.Slug}'s files were found in the submission: expected {string.Join(", ", module.Manifest.EditableFiles)}.";
        var other = ModuleGuess.Describe(module.Layout, module.Slug, candidates.Select(Path.GetFileName).OfType<string>());
        return other is null ? message : message + $" It holds {other}: wrong module?";
    }

    /// <summary>A course file (starter or provided), trusted to be UTF-8.</summary>
    private static SourceFile ReadTrusted(string path, string name) => new(name, File.ReadAllText(path, Encoding.UTF8));

    private static LoadedSubmission Fail(string id, string message, QuizAnswerFile? answers) => new([], [], new LoadError(id, message), answers);
}
