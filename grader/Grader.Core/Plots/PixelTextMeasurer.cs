using OxyPlot;

namespace Grader.Plots;

/// <summary>OxyPlot's SVG export measures text with its PDF context, in points, while the SVG it
/// writes sizes fonts in pixels: every measured width came out at 3/4 of the drawn one and legends
/// clipped their own labels. Same metrics (Helvetica's, which Arial shares), in pixels; a character
/// the PDF fonts lack (∇, λ, subscripts) measured 0 wide, so it is measured as a wide Latin letter.</summary>
internal sealed class PixelTextMeasurer() : PdfRenderContext(FigureRenderer.Width, FigureRenderer.Height, OxyColors.Undefined)
{
    public override OxySize MeasureText(string text, string fontFamily, double fontSize, double fontWeight)
    {
        var latin = string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++) span[i] = t[i] > '\u00ff' ? 'm' : t[i];
        });
        var size = base.MeasureText(latin, fontFamily, fontSize, fontWeight);
        return new OxySize(size.Width * 4 / 3, size.Height * 4 / 3);
    }
}
