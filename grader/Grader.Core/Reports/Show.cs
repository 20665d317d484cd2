using System.Globalization;
using System.Net;

namespace Grader.Reports;

/// <summary>How numbers and student text appear in every human-readable output: culture-free,
/// and escaped for the format they land in (student text is never markup).</summary>
public static class Show
{
    /// <summary>Points as people write them: 3, 2.5, 0.33.</summary>
    public static string Points(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Scores in a spreadsheet keep one more digit (a third of a point is 0.333).</summary>
    public static string PreciseScore(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>"1 error", "3 errors".</summary>
    public static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    public static string Html(string s) => WebUtility.HtmlEncode(VisibleBidi(s));

    /// <summary>Bidirectional controls (U+202E and kin) shown as their code, not obeyed: a folder or
    /// file name holding one would otherwise read backwards, and could pass for another name.</summary>
    public static string VisibleBidi(string s)
    {
        if (!s.Any(IsBidiControl)) return s;
        var sb = new System.Text.StringBuilder(s.Length + 16);
        foreach (var c in s) sb.Append(IsBidiControl(c) ? $"[U+{(int)c:X4}]" : c);
        return sb.ToString();
    }

    /// <summary>Text for a terminal: a control character in a student's message or output (ESC
    /// starting a sequence that clears the screen and prints a fake score, a carriage return
    /// overwriting a line) is shown as its code; line breaks and tabs stay.</summary>
    public static string Terminal(string s)
    {
        s = VisibleBidi(s);
        if (!s.Any(c => char.IsControl(c) && c is not '\n' and not '\t')) return s;
        var sb = new System.Text.StringBuilder(s.Length + 16);
        foreach (var c in s) sb.Append(char.IsControl(c) && c is not '\n' and not '\t' ? $"\\x{(int)c:X2}" : c);
        return sb.ToString();
    }

    /// <summary>Text for XML 1.0, which cannot hold most control characters or a lone surrogate
    /// even escaped (one ANSI colour in a test's output made the whole JUnit file unwritable):
    /// those are shown as their code.</summary>
    public static string Xml(string? s)
    {
        if (s is null) return "";
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[++i]); continue; }
            sb.Append(System.Xml.XmlConvert.IsXmlChar(c) ? c : $"\\u{(int)c:X4}");
        }
        return sb.ToString();
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    /// <summary>Text inside a Markdown table cell or list item: a pipe would end the cell and a
    /// backtick open code.</summary>
    public static string Markdown(string s) => VisibleBidi(s).Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "ˋ", StringComparison.Ordinal);

    /// <summary>Student-controlled text in Markdown prose (a note naming a file, a violation's
    /// symbol), never at the start of a line: each character that can open markup there (a link,
    /// emphasis, code, HTML, an entity, a table cell) is backslash-escaped; line breaks become spaces.</summary>
    public static string MarkdownInline(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length + 16);
        foreach (var c in VisibleBidi(s).ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '&') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A fenced code block around student-controlled text: the fence is longer than any run
    /// of backticks in the text, so the text cannot close it.</summary>
    public static string MarkdownFence(string text, string indent = "", string info = "text")
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', Math.Max(3, longest + 1));
        var body = string.Join("\n", text.ReplaceLineEndings("\n").Split('\n').Select(l => indent + l));
        return $"{indent}{fence}{info}\n{body}\n{indent}{fence}\n";
    }

    /// <summary>Student-controlled text (a folder name, a message) in a Markdown table cell or
    /// heading: as <see cref="Markdown"/>, and HTML is shown as text, not rendered, and a line
    /// break cannot end the row.</summary>
    public static string MarkdownText(string s) =>
        Markdown(s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal))
            .ReplaceLineEndings(" ");
}
