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
        var sources = new List<SourceFile>();
        var notes = new List<string>();
        var found = 0;
        foreach (var name in module.Manifest.EditableFiles)
        {
            var match = candidates.FirstOrDefault(p => string.Equals(Path.GetFileName(p), name, StringComparison.Ordinal));
            var starter = Path.Combine(module.AssignmentDirectory, name);
            if (match is null)
            {
                notes.Add($"{name} was not in the submission: it was graded with the starter version, whose tasks score nothing.");
                sources.Add(ReadTrusted(starter, name));
                continue;
            }
            found++;
            var (text, problem) = ReadStudentFile(match, name, notes);
            if (text is null)
            {
                // One unreadable file costs only its own tasks: the others are still graded.
                notes.Add(problem! + " It was graded with the starter version instead, whose tasks score nothing.");
                sources.Add(ReadTrusted(starter, name));
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
            return Fail(FeedbackIds.Load.Empty,
                $"None of the module's files were found in the submission: expected {string.Join(", ", module.Manifest.EditableFiles)}.", answers);

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

    /// <summary>A course file (starter or provided), trusted to be UTF-8.</summary>
    private static SourceFile ReadTrusted(string path, string name) => new(name, File.ReadAllText(path, Encoding.UTF8));

    private static LoadedSubmission Fail(string id, string message, QuizAnswerFile? answers) => new([], [], new LoadError(id, message), answers);
}
