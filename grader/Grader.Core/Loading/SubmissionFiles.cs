using System.IO.Enumeration;

namespace Grader.Loading;

/// <summary>The files below a submission folder that count as the student's: real files only,
/// found without following symbolic links (a link could point anywhere on the grading machine,
/// the reference solution included) and without entering build output, Git's data or the public
/// tests. The shallowest match first, so a repository's own copy wins over a nested one.</summary>
public static class SubmissionFiles
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "bin", "obj", ".git", Modules.CourseLayout.PublicTestsFolderName };

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        // Symbolic links, to files and to folders alike, are neither listed nor entered.
        AttributesToSkip = FileAttributes.ReparsePoint,
    };

    /// <param name="pattern">A simple file-name pattern: "*.cs", "quiz-answers.txt".</param>
    public static IReadOnlyList<string> Find(string folder, string pattern)
    {
        var found = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.ToFullPath(), Options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && FileSystemName.MatchesSimpleExpression(pattern, e.FileName),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !Skipped.Contains(e.FileName.ToString()),
        };
        return found.OrderBy(p => p.Count(c => c == Path.DirectorySeparatorChar)).ThenBy(p => p, StringComparer.Ordinal).ToList();
    }
}
