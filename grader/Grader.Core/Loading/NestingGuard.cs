using System.Text;

namespace Grader.Loading;

/// <summary>Roslyn's parser and binder recurse once per nesting level and overflow their stack on a
/// few thousand nested brackets, generic argument lists or interpolated strings (measured on Roslyn
/// 5.12), killing whatever process compiles. Before a file reaches the compiler, any group nested
/// deeper than <see cref="MaxDepth"/> is replaced by a name that does not exist, so the member holding
/// it fails to compile (and is cut out) while the rest of the file is graded. A lexical scan, not a
/// parse: comments and the text of string literals are skipped, the holes of interpolated strings
/// are code, and a <c>&lt;</c> right after a name opens a generic argument list until the statement ends.</summary>
public static class NestingGuard
{
    public const int MaxDepth = 200;

    public const string Placeholder = "NESTING_TOO_DEEP_FOR_THE_GRADER";

    /// <returns>The defused text, and the 1-based lines where nesting was cut (empty when none).</returns>
    public static (string text, IReadOnlyList<int> lines) Defuse(string text)
    {
        var cuts = new NestingScanner(text, MaxDepth).Cuts();
        if (cuts.Count == 0) return (text, []);

        var sb = new StringBuilder(text.Length);
        var lines = new List<int>();
        var last = 0;
        foreach (var (start, end, open, close) in cuts)
        {
            sb.Append(text, last, start - last);
            lines.Add(1 + text.AsSpan(0, start).Count('\n'));
            // Keep the line breaks so every later diagnostic keeps its line number; a hole stays a
            // hole, so the string cannot swallow the error.
            var newlines = text.AsSpan(start, end - start).Count('\n');
            sb.Append(open).Append(Placeholder).Append(close).Append('\n', newlines);
            last = end;
        }
        sb.Append(text, last, text.Length - last);
        return (sb.ToString(), lines);
    }
}
