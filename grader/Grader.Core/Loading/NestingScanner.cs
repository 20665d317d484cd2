namespace Grader.Loading;

/// <summary>The lexical scan behind <see cref="NestingGuard"/>: a stack of open groups (brackets,
/// generic argument lists, interpolated strings and their holes) over C# source, recording each
/// group opened deeper than the limit, from its opener to just past its closer.</summary>
internal sealed class NestingScanner(string text, int maxDepth)
{
    /// <summary>Interpolated strings inside interpolated strings: Roslyn's cost grows far faster than
    /// linearly with their nesting (200 levels took over 30 s of CPU), and real code nests two or three.</summary>
    public const int MaxStringDepth = 8;

    private enum Kind { Bracket, Angle, Hole, InterpolatedString }

    /// <param name="Dollars">Interpolated strings: how many braces open a hole (1 unless raw with $$…).</param>
    /// <param name="Quotes">Interpolated strings: 0 for "…", −1 for verbatim @"…", n for a raw n-quote string.</param>
    private sealed record Frame(Kind Kind, char Closer, int Start, int Dollars = 1, int Quotes = 0, bool Cut = false);

    private readonly Stack<Frame> _open = new();
    private readonly List<(int start, int end, string open, string close)> _cuts = [];
    private int _depth;
    private int _stringDepth;
    private int _openCuts;

    public IReadOnlyList<(int start, int end, string open, string close)> Cuts()
    {
        var i = 0;
        while (i < text.Length)
            i = _open.TryPeek(out var top) && top.Kind == Kind.InterpolatedString ? InString(i, top) : InCode(i);
        // Groups never closed: cut to the end of the text.
        while (_open.Count > 0) Pop(text.Length);
        _cuts.Sort((a, b) => a.start.CompareTo(b.start));
        return _cuts;
    }

    private int InCode(int i)
    {
        var c = text[i];
        if (c == '/' && At(i + 1, '/')) return End(text.IndexOf('\n', i));
        if (c == '/' && At(i + 1, '*')) return End(text.IndexOf("*/", i + 2, StringComparison.Ordinal), 2);
        if (c is '"' or '$' or '@' && StringStart(i) is { } s) return s;
        if (c == '\'') return SkipQuoted(i, '\'');
        switch (c)
        {
            case '(' or '[' or '{':
                Push(new Frame(Kind.Bracket, c == '(' ? ')' : c == '[' ? ']' : '}', i));
                return i + 1;
            case ')' or ']' or '}':
                CloseAngles(i);
                if (_open.TryPeek(out var top) && top.Kind == Kind.Hole && c == '}') return CloseHole(i, top);
                if (_open.TryPeek(out top) && top.Kind == Kind.Bracket) Pop(i + 1);
                return i + 1;
            case '<' when i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '_' or '>'):
                Push(new Frame(Kind.Angle, '>', i));
                return i + 1;
            case '>':
                if (_open.TryPeek(out top) && top.Kind == Kind.Angle) Pop(i + 1);
                return i + 1;
            case ';':
                CloseAngles(i);
                return i + 1;
            default:
                return i + 1;
        }
    }

    /// <summary>Inside an interpolated string's text: to its end, or into a hole.</summary>
    private int InString(int i, Frame s)
    {
        var c = text[i];
        if (s.Quotes == 0 && c == '\\') return i + 2;
        if (c == '"')
        {
            if (s.Quotes == -1 && At(i + 1, '"')) return i + 2;
            var run = Run(i, '"');
            if (s.Quotes <= 0 || run >= s.Quotes)
            {
                Pop(i + Math.Max(1, s.Quotes));
                return i + Math.Max(1, s.Quotes);
            }
            return i + run;
        }
        if (s.Quotes == 0 && c == '\n') { Pop(i); return i; }
        if (c != '{') return i + 1;
        var braces = Run(i, '{');
        if (braces < s.Dollars) return i + braces;
        // {{ in a plain interpolated string is a literal brace.
        if (s.Dollars == 1 && braces >= 2) return i + 2;
        var opener = i + braces - s.Dollars;
        Push(new Frame(Kind.Hole, '}', opener, s.Dollars));
        return i + braces;
    }

    private int CloseHole(int i, Frame hole)
    {
        var braces = Math.Min(Run(i, '}'), hole.Dollars);
        if (braces < hole.Dollars) return i + braces;
        Pop(i + braces);
        return i + braces;
    }

    /// <summary>Past a string literal starting at i, or into an interpolated one; null when i does
    /// not start a string.</summary>
    private int? StringStart(int i)
    {
        var j = i;
        var dollars = 0;
        var verbatim = false;
        while (j < text.Length && (text[j] == '$' || text[j] == '@'))
        {
            if (text[j] == '$') dollars++; else verbatim = true;
            j++;
        }
        if (!At(j, '"')) return text[i] == '"' ? SkipQuoted(i, '"') : null;
        var quotes = Run(j, '"');
        var raw = quotes >= 3;
        if (dollars == 0)
        {
            if (raw) return End(text.IndexOf(new string('"', quotes), j + quotes, StringComparison.Ordinal), quotes);
            return verbatim ? SkipVerbatim(j) : SkipQuoted(j, '"');
        }
        Push(new Frame(Kind.InterpolatedString, '"', i, dollars, raw ? quotes : verbatim ? -1 : 0));
        return j + (raw ? quotes : 1);
    }

    private void Push(Frame frame)
    {
        // Only the outermost group past the limit is cut: everything inside it goes with it.
        if (frame.Kind == Kind.InterpolatedString) _stringDepth++;
        var cut = (++_depth > maxDepth || _stringDepth > MaxStringDepth) && _openCuts == 0;
        if (cut) _openCuts++;
        _open.Push(frame with { Cut = cut });
    }

    private void Pop(int end)
    {
        var frame = _open.Pop();
        _depth--;
        if (frame.Kind == Kind.InterpolatedString) _stringDepth--;
        if (!frame.Cut) return;
        _openCuts--;
        var (open, close) = frame.Kind == Kind.Hole ? (new string('{', frame.Dollars), new string('}', frame.Dollars)) : ("(", ")");
        // An interpolated string is cut whole (to a name), its holes with it.
        _cuts.Add((frame.Start, end, open, close));
    }

    private void CloseAngles(int i)
    {
        while (_open.TryPeek(out var top) && top.Kind == Kind.Angle) Pop(i);
    }

    private int SkipQuoted(int i, char quote)
    {
        var j = i + 1;
        while (j < text.Length && text[j] != quote && text[j] != '\n') j += text[j] == '\\' ? 2 : 1;
        return Math.Min(j + 1, text.Length);
    }

    private int SkipVerbatim(int j)
    {
        var k = j + 1;
        while (k < text.Length && (text[k] != '"' || At(k + 1, '"'))) k += text[k] == '"' ? 2 : 1;
        return Math.Min(k + 1, text.Length);
    }

    private int Run(int i, char c)
    {
        var j = i;
        while (j < text.Length && text[j] == c) j++;
        return j - i;
    }

    private bool At(int i, char c) => i < text.Length && text[i] == c;

    private int End(int found, int length = 0) => found < 0 ? text.Length : found + length;
}
