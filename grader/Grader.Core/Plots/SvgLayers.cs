using System.Text;

namespace Grader.Plots;

/// <summary>Stacks SVG documents of the same size into one (a cached background under a
/// per-student foreground) and makes ids unique so many figures can share one HTML page.</summary>
internal static class SvgLayers
{
    public static string Stack(int width, int height, string prefix, params string[] layers)
    {
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\">");
        var n = 0;
        foreach (var layer in layers) svg.Append(Inner(layer, prefix + "l" + n++ + "-"));
        return svg.Append("</svg>").ToString();
    }

    /// <summary>One exported document without its XML declaration, its ids prefixed: OxyPlot
    /// numbers clip paths from 1 in every document, and a page that inlines two figures would
    /// otherwise clip the second with the first one's rectangles.</summary>
    private static string Inner(string document, string prefix)
    {
        var start = document.IndexOf("<svg", StringComparison.Ordinal);
        return document[start..]
            .Replace("id=\"clipPath", "id=\"" + prefix + "clipPath", StringComparison.Ordinal)
            .Replace("url(#clipPath", "url(#" + prefix + "clipPath", StringComparison.Ordinal);
    }
}
