using System.Text;
using Grader.Modules;
using Grader.Protocol;

namespace Grader.Loading;

/// <summary>Reads a submission folder without changing it: takes only the files the manifest lists
/// as editable (found anywhere below the folder, so a whole repository can be handed in), falls
/// back to the starter for a missing one, and rejects unreadable input with a clear message.</summary>
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
        if (SeveralCopies(module, folder, candidates) is { } copies)
            return Fail(FeedbackIds.Load.SeveralCopies, copies, answers);
        var sources = new List<SourceFile>();
        var notes = new List<string>();
        var found = 0;
        foreach (var name in module.Manifest.EditableFiles)
        {
            var match = candidates.FirstOrDefault(p => string.Equals(Path.GetFileName(p), name, StringComparison.Ordinal));
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
                notes.Add($"{name} nests brackets more than {NestingGuard.MaxDepth} deep (line{(cut.Count == 1 ? "" : "s")} {string.Join(", ", cut)}): " +
                          "that code was not compiled and the member holding it scores nothing. Split the expression into smaller parts.");
            sources.Add(new SourceFile(name, defused));
        }

        foreach (var name in module.Manifest.ProvidedFiles)
            sources.Add(ReadTrusted(Path.Combine(module.AssignmentDirectory, name), name));

        if (found == 0)
            return Fail(FeedbackIds.Load.Empty, Empty(module, candidates), answers);

        var extras = candidates.Select(Path.GetFileName).OfType<string>()
            .Where(n => !module.Manifest.EditableFiles.Contains(n, StringComparer.Ordinal) && !module.Manifest.ProvidedFiles.Contains(n, StringComparer.Ordinal))
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

    /// <summary>The submission holds more than one copy of a module file: a folder of several
    /// submissions (a class folder, or a batch pointed one folder too high) would otherwise be
    /// graded as one, from whichever copy came first. Refused, naming every copy: the grader cannot
    /// tell which one is the student's.</summary>
    private static string? SeveralCopies(CourseModule module, string folder, IReadOnlyList<string> candidates)
    {
        var repeated = module.Manifest.EditableFiles
            .Select(name => (name, copies: candidates.Where(p => string.Equals(Path.GetFileName(p), name, StringComparison.Ordinal)).ToList()))
            .Where(f => f.copies.Count > 1).ToList();
        if (repeated.Count == 0) return null;
        static string Shown(string root, string p) => Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/');
        var listed = repeated.Select(f => $"{f.name} ×{f.copies.Count}: {string.Join(", ", f.copies.Take(5).Select(p => Shown(folder, p)))}{(f.copies.Count > 5 ? ", ..." : "")}");
        return $"The submission holds more than one copy of the module's files ({string.Join("; ", listed)}), so none was graded: " +
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
