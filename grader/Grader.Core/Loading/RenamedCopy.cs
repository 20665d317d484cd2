using System.Text.RegularExpressions;

namespace Grader.Loading;

/// <summary>A module file under the name a download gave it: Canvas names a resubmitted
/// Derivatives.cs "Derivatives-1.cs", browsers save a second copy as "Derivatives (1).cs", and a
/// case-insensitive file system hands in "derivatives.cs". Taken only when it is the one such file,
/// so a student's own backup beside the real file is never graded instead of it.</summary>
public static partial class RenamedCopy
{
    /// <param name="candidates">The submission's .cs files.</param>
    /// <param name="name">The module file that is missing under its own name.</param>
    /// <param name="moduleFiles">Every editable file: one of them is never another's copy.</param>
    public static string? Find(IReadOnlyList<string> candidates, string name, IReadOnlyList<string> moduleFiles)
    {
        var copies = candidates
            .Where(p => Path.GetFileName(p) is var n && !moduleFiles.Contains(n, StringComparer.Ordinal)
                        && string.Equals(Suffix().Replace(n, "$1$2"), name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return copies.Count == 1 ? copies[0] : null;
    }

    // "X-1.cs", "X (1).cs", "X(1).cs" → "X.cs"; any other name stays as it is.
    [GeneratedRegex(@"^(.+?)(?:-\d{1,3}| ?\(\d{1,3}\))(\.cs)$", RegexOptions.IgnoreCase)]
    private static partial Regex Suffix();
}
