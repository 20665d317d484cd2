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

    public static string Html(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Text inside a Markdown table cell or list item: a pipe would end the cell and a
    /// backtick open code.</summary>
    public static string Markdown(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "ˋ", StringComparison.Ordinal);

    /// <summary>Student-controlled text (a folder name, a message) in a Markdown table cell or
    /// heading: as <see cref="Markdown"/>, and HTML is shown as text, not rendered, and a line
    /// break cannot end the row.</summary>
    public static string MarkdownText(string s) =>
        Markdown(s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal))
            .ReplaceLineEndings(" ");
}
