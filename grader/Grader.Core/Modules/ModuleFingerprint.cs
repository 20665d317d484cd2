using System.Security.Cryptography;
using System.Text;
using Grader.Reports;
using Newtonsoft.Json;

namespace Grader.Modules;

/// <summary>The fingerprint of what grades a module. Sources, not the hidden tests' build: the
/// build's bytes differ between Debug and Release and embed the checkout's absolute paths, so an
/// assembly hash would call every report stale on another machine or configuration. Text is hashed
/// with LF line endings for the same reason (a Windows checkout has CRLF).</summary>
public static class ModuleFingerprint
{
    private static readonly string[] SourcePatterns = ["*.cs", "*.csproj"];

    public static FingerprintParts Parts(CourseModule module)
    {
        var layout = module.Layout;
        var slug = module.Slug;
        var quizFiles = new[] { layout.QuizQuestions(slug), layout.QuizKey(slug) }.Where(File.Exists).ToList();
        return new FingerprintParts
        {
            Grader = GraderInfo.Build,
            Manifest = Hash(layout, [layout.Manifest(slug)]),
            HiddenTests = Hash(layout, Sources(layout.HiddenTests(slug)).Concat(Sources(Path.Combine(layout.Root, "tests", "Calculus.TestSupport")))),
            Reference = Hash(layout, Sources(layout.Reference(slug))),
            QuizKey = quizFiles.Count == 0 ? null : Hash(layout, quizFiles),
            Limits = Digest(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(module.Limits))),
        };
    }

    /// <summary>One string for the parts: equal strings, equal grading inputs.</summary>
    public static string Of(FingerprintParts p) =>
        Digest(Encoding.UTF8.GetBytes(string.Join('\n', p.Grader, p.Manifest, p.HiddenTests, p.Reference, p.QuizKey ?? "-", p.Limits)));

    private static IEnumerable<string> Sources(string folder) =>
        !Directory.Exists(folder) ? [] :
        SourcePatterns.SelectMany(p => Directory.EnumerateFiles(folder, p, SearchOption.AllDirectories))
            .Where(f => !InBuildOutput(folder, f));

    private static bool InBuildOutput(string folder, string file) =>
        Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(s => s is "bin" or "obj");

    /// <summary>Each file's course-relative path (with '/') and LF-normalised content, in ordinal order.</summary>
    private static string Hash(CourseLayout layout, IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (rel, path) in files.Select(f => (rel: layout.Shown(f).Replace('\\', '/'), path: f)).OrderBy(x => x.rel, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(rel + "\0"));
            sha.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(path).ReplaceLineEndings("\n") + "\0"));
        }
        return Convert.ToHexString(sha.GetHashAndReset(), 0, 8).ToLowerInvariant();
    }

    private static string Digest(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes), 0, 8).ToLowerInvariant();
}
