using System.Collections.Concurrent;
using Grader.Protocol.Figures;
using OxyPlot;

namespace Grader.Plots;

/// <summary>Draws recorded figures as SVG with OxyPlot (managed: no native graphics, the same
/// bytes on every machine). Contour backgrounds are the expensive part (0.1–0.2 s against ≈1 ms for
/// the series, measured), so each kind of figure's background is drawn once per process — once per
/// batch — and stacked under each student's series.</summary>
public sealed class FigureRenderer
{
    public const int Width = 640;
    public const int Height = 380;

    /// <summary>Backgrounds kept: one per kind of figure in practice; the bound only guards the
    /// cache against figures with ever-different windows.</summary>
    private const int MaxBackgrounds = 64;

    public static readonly FigureRenderer Shared = new();

    private readonly ConcurrentDictionary<string, string> _backgrounds = new(StringComparer.Ordinal);

    /// <summary>How many backgrounds were drawn (not taken from the cache): for tests.</summary>
    public int BackgroundsDrawn => _drawn;

    private int _drawn;

    /// <summary>The figure as one standalone SVG element; <paramref name="idPrefix"/> keeps its
    /// internal ids apart from other figures on the same page.</summary>
    public string Svg(Figure figure, string idPrefix = "f")
    {
        var front = Export(PlotModels.Foreground(figure, transparent: PlotBackgrounds.Find(figure.Background) is not null));
        if (PlotBackgrounds.Find(figure.Background) is not { } function) return SvgLayers.Stack(Width, Height, idPrefix, front);
        return SvgLayers.Stack(Width, Height, idPrefix, Background(figure, function), front);
    }

    private string Background(Figure figure, Func<double, double, double> function)
    {
        // Everything the background's layout depends on: the same key draws the same picture.
        var key = string.Join("\u001f", figure.Id, figure.Background, figure.Title, figure.XLabel, figure.YLabel, figure.XScale, figure.YScale, figure.Window,
            string.Join("\u001e", PlotModels.Ordered(figure).Select(PlotModels.LegendName)));
        if (_backgrounds.TryGetValue(key, out var cached)) return cached;
        var drawn = Export(PlotModels.Background(figure, function));
        Interlocked.Increment(ref _drawn);
        if (_backgrounds.Count < MaxBackgrounds) _backgrounds.TryAdd(key, drawn);
        return drawn;
    }

    private static string Export(PlotModel model) => SvgExporter.ExportToString(model, Width, Height, false, new PixelTextMeasurer());
}
