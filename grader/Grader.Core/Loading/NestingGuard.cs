using System.Text;

namespace Grader.Loading;

/// <summary>Roslyn's parser recurses once per nesting level and overflows its stack on ~10,000
/// nested brackets (measured on Roslyn 5.12 in a 1 MB-stack thread), killing whatever process parses. Before a file reaches the
/// compiler, any bracket group nested deeper than <see cref="MaxDepth"/> is replaced by a name that
/// does not exist, so the member holding it fails to compile (and is cut out) while the rest of
/// the file is graded. A lexical scan, not a parse: strings and comments are skipped.</summary>
public static class NestingGuard
{
    public const int MaxDepth = 200;

    public const string Placeholder = "NESTING_TOO_DEEP_FOR_THE_GRADER";

    /// <returns>The defused text, and the 1-based lines where nesting was cut (empty when none).</returns>
    public static (string text, IReadOnlyList<int> lines) Defuse(string text)
    {
        var cuts = new List<(int start, int end)>();
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var skip = SkipTrivia(text, i);
            if (skip > i) { i = skip; continue; }
            var c = text[i];
            if (c is '(' or '[' or '{')
            {
                depth++;
                if (depth > MaxDepth)
                {
                    var end = Matching(text, i);
                    cuts.Add((i, end));
                    i = end;
                    depth--;
                    continue;
                }
            }
            else if (c is ')' or ']' or '}') depth = Math.Max(0, depth - 1);
            i++;
        }
        if (cuts.Count == 0) return (text, []);

        var sb = new StringBuilder(text.Length);
        var lines = new List<int>();
        var last = 0;
        foreach (var (start, end) in cuts)
        {
            sb.Append(text, last, start - last);
            lines.Add(1 + text.AsSpan(0, start).Count('\n'));
            // Keep the line breaks so every later diagnostic keeps its line number.
            var newlines = text.AsSpan(start, end - start).Count('\n');
            sb.Append('(').Append(Placeholder).Append(')').Append('\n', newlines);
            last = end;
        }
        sb.Append(text, last, text.Length - last);
        return (sb.ToString(), lines);
    }

    /// <summary>Index just past the bracket that closes the one at <paramref name="open"/> (or the
    /// end of the text when it is never closed).</summary>
    private static int Matching(string text, int open)
    {
        var depth = 0;
        var i = open;
        while (i < text.Length)
        {
            var skip = SkipTrivia(text, i);
            if (skip > i) { i = skip; continue; }
            var c = text[i];
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}' && --depth == 0) return i + 1;
            i++;
        }
        return text.Length;
    }

    /// <summary>Past a comment, string or char literal starting at i; i itself when there is none.</summary>
    private static int SkipTrivia(string t, int i)
    {
        if (t[i] == '/' && i + 1 < t.Length && t[i + 1] == '/') { var e = t.IndexOf('\n', i); return e < 0 ? t.Length : e; }
        if (t[i] == '/' && i + 1 < t.Length && t[i + 1] == '*') { var e = t.IndexOf("*/", i + 2, StringComparison.Ordinal); return e < 0 ? t.Length : e + 2; }
        if (t[i] == '"' || t[i] == '\'')
        {
            var verbatim = i > 0 && t[i - 1] == '@';
            var q = t[i];
            var j = i + 1;
            while (j < t.Length && t[j] != q && (verbatim || t[j] != '\n'))
                j += !verbatim && t[j] == '\\' ? 2 : 1;
            return Math.Min(j + 1, t.Length);
        }
        return i;
    }
}
