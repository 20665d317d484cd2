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
            return Fail("grader.load.missing_folder", $"The submission folder '{folder}' does not exist.");

        var candidates = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(Path.GetRelativePath(folder, p)))
            .ToList();
        var sources = new List<SourceFile>();
        var notes = new List<string>();
        var found = 0;
        foreach (var name in module.Manifest.EditableFiles)
        {
            var match = candidates
                .Where(p => string.Equals(Path.GetFileName(p), name, StringComparison.Ordinal))
                .OrderBy(p => p.Count(c => c == Path.DirectorySeparatorChar)).ThenBy(p => p, StringComparer.Ordinal)
                .FirstOrDefault();
            string path;
            if (match is null)
            {
                notes.Add($"{name} was not in the submission: it was graded with the starter version, whose tasks score nothing.");
                path = Path.Combine(module.AssignmentDirectory, name);
            }
            else
            {
                found++;
                path = match;
            }
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
                return Fail("grader.load.too_large", $"{name} is {info.Length / 1024} KB; the limit is {MaxFileBytes / 1024} KB per file. Remove generated or pasted data and resubmit.");
            var (text, error) = ReadText(path, name);
            if (error is not null) return new LoadedSubmission([], notes, error);
            sources.Add(new SourceFile(name, text!));
        }

        foreach (var name in module.Manifest.ProvidedFiles)
        {
            var (text, error) = ReadText(Path.Combine(module.AssignmentDirectory, name), name);
            if (error is not null) return new LoadedSubmission([], notes, error);
            sources.Add(new SourceFile(name, text!));
        }

        if (found == 0)
            return Fail("grader.load.empty",
                $"None of the module's files were found in the submission: expected {string.Join(", ", module.Manifest.EditableFiles)}.");

        var extras = candidates.Select(Path.GetFileName).OfType<string>()
            .Where(n => !module.Manifest.EditableFiles.Contains(n, StringComparer.Ordinal) && !module.Manifest.ProvidedFiles.Contains(n, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (extras.Count > 0)
            notes.Add($"Ignored files that are not part of the assignment: {string.Join(", ", extras.Take(10))}{(extras.Count > 10 ? ", ..." : "")}. Only {string.Join(", ", module.Manifest.EditableFiles)} are graded.");
        return new LoadedSubmission(sources, notes, null);
    }

    private static (string? text, LoadError? error) ReadText(string path, string name)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            if (bytes is [0xFF, 0xFE, ..]) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), null);
            if (bytes is [0xFE, 0xFF, ..]) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), null);
            var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            if (text.Contains('\0'))
                return (null, new LoadError("grader.load.binary", $"{name} contains NUL bytes: it is not a text file. Submit the C# source file."));
            return (text, null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, new LoadError("grader.load.not_utf8",
                $"{name} is not valid UTF-8 text (first bad byte at offset {e.Index}). Save the file as UTF-8 in your editor and resubmit."));
        }
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git");

    private static LoadedSubmission Fail(string id, string message) => new([], [], new LoadError(id, message));
}
