using Grader.Protocol.Figures;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace Grader.Plots;

/// <summary>Builds the OxyPlot models of a figure: a background (contours only) and a foreground
/// (axes, series, legend) with identical layout, so the two stack exactly.</summary>
internal static class PlotModels
{
    // Per role, one colour per series in order: the student's in blues and greens, the reference's
    // in oranges, guides in greys, so "yours" and "reference" read apart at a glance.
    private static readonly OxyColor[] StudentColours = [OxyColor.FromRgb(0x1f, 0x77, 0xb4), OxyColor.FromRgb(0x2c, 0xa0, 0x2c), OxyColor.FromRgb(0x94, 0x67, 0xbd)];
    private static readonly OxyColor[] ReferenceColours = [OxyColor.FromRgb(0xe6, 0x7e, 0x22), OxyColor.FromRgb(0x8c, 0x56, 0x4b), OxyColor.FromRgb(0xd6, 0x27, 0x28)];
    private static readonly OxyColor[] GuideColours = [OxyColor.FromRgb(0x88, 0x88, 0x88), OxyColor.FromRgb(0xaa, 0xaa, 0xaa), OxyColor.FromRgb(0x66, 0x66, 0x66)];
    private static readonly OxyColor DivergedColour = OxyColor.FromRgb(0xc0, 0x39, 0x2b);
    private static readonly OxyColor ContourColour = OxyColor.FromRgb(0xa8, 0xb8, 0xc8);

    private const int ContourGrid = 100;
    private const int ContourLevels = 14;

    public static PlotModel Foreground(Figure figure, bool transparent)
    {
        var model = Frame(figure, visible: true, grid: !transparent);
        var arrowScale = ArrowScale(figure);
        var perRole = new Dictionary<SeriesRole, int>();
        foreach (var s in Ordered(figure))
        {
            var n = perRole[s.Role] = perRole.GetValueOrDefault(s.Role) + 1;
            Add(model, figure, s, Colour(s.Role, n - 1), arrowScale);
        }
        return model;
    }

    public static PlotModel Background(Figure figure, Func<double, double, double> function)
    {
        var model = Frame(figure, visible: false, grid: false);
        // The same legend, invisible: the legend sits beside the plot area and sizes it, so the
        // background must hold the same entries for its contours to land under the series.
        foreach (var s in Ordered(figure)) model.Series.Add(new LineSeries { Title = LegendName(s), Color = OxyColors.Transparent });
        var w = figure.Window;
        var xs = Grid(w.XMin, w.XMax);
        var ys = Grid(w.YMin, w.YMax);
        var raw = new double[ContourGrid, ContourGrid];
        var min = double.PositiveInfinity;
        for (var i = 0; i < ContourGrid; i++)
            for (var j = 0; j < ContourGrid; j++)
                min = Math.Min(min, raw[i, j] = function(xs[i], ys[j]));
        var data = new double[ContourGrid, ContourGrid];
        var max = double.NegativeInfinity;
        for (var i = 0; i < ContourGrid; i++)
            for (var j = 0; j < ContourGrid; j++)
                max = Math.Max(max, data[i, j] = Math.Log(1 + raw[i, j] - min));
        model.Series.Add(new ContourSeries
        {
            ColumnCoordinates = xs,
            RowCoordinates = ys,
            Data = data,
            ContourLevels = [.. Enumerable.Range(1, ContourLevels).Select(k => max * k / (ContourLevels + 1))],
            Color = ContourColour,
            StrokeThickness = 1,
            LabelStep = int.MaxValue,
            FontSize = 0,
            TextColor = OxyColors.Transparent,
            LabelBackground = OxyColors.Transparent,
        });
        return model;
    }

    /// <summary>Guides under the reference under the student's: the student's values stay visible where they agree.</summary>
    public static IEnumerable<FigureSeries> Ordered(Figure figure) => figure.Series.OrderByDescending(s => s.Role);

    public static string LegendName(FigureSeries s) => s.PointsCut is { } cut ? $"{s.Name} (first {s.X.Count}, {cut} more cut)" : s.Name;

    /// <summary>Title, axes and legend; invisible on the background, which only lends its contours.</summary>
    private static PlotModel Frame(Figure figure, bool visible, bool grid)
    {
        var ink = visible ? OxyColors.Black : OxyColors.Transparent;
        var model = new PlotModel
        {
            Title = figure.Title,
            TitleFontSize = 13,
            TitleColor = ink,
            TextColor = ink,
            PlotAreaBorderColor = visible ? OxyColors.Gray : OxyColors.Transparent,
            DefaultFontSize = 11,
            // A font whose metrics OxyPlot's SVG export measures with and every browser has a match
            // for: with the default, legends were sized for one font and drawn in another, and clipped.
            DefaultFont = "Arial",
        };
        model.Legends.Add(new Legend
        {
            LegendPlacement = LegendPlacement.Outside,
            LegendPosition = LegendPosition.RightTop,
            LegendBackground = visible ? OxyColors.White : OxyColors.Transparent,
            LegendBorder = visible ? OxyColors.LightGray : OxyColors.Transparent,
            LegendTextColor = ink,
            LegendFontSize = 10,
            LegendPadding = 4,
        });
        var w = figure.Window;
        model.Axes.Add(Axis(figure.XScale, AxisPosition.Bottom, figure.XLabel, w.XMin, w.XMax, ink, grid));
        model.Axes.Add(Axis(figure.YScale, AxisPosition.Left, figure.YLabel, w.YMin, w.YMax, ink, grid));
        return model;
    }

    private static Axis Axis(AxisScale scale, AxisPosition position, string? title, double min, double max, OxyColor ink, bool grid)
    {
        Axis axis = scale == AxisScale.Log ? new LogarithmicAxis() : new LinearAxis();
        axis.Position = position;
        axis.Title = title;
        axis.Minimum = axis.AbsoluteMinimum = min;
        axis.Maximum = axis.AbsoluteMaximum = max;
        axis.TextColor = axis.TitleColor = axis.TicklineColor = axis.AxislineColor = ink;
        axis.MajorGridlineStyle = grid ? LineStyle.Dot : LineStyle.None;
        axis.MajorGridlineColor = OxyColor.FromRgb(0xdd, 0xdd, 0xdd);
        axis.MinorTickSize = 0;
        return axis;
    }

    private static void Add(PlotModel model, Figure figure, FigureSeries s, OxyColor colour, double arrowScale)
    {
        var name = LegendName(s);
        switch (s.Style)
        {
            case SeriesStyle.Line:
            case SeriesStyle.Path:
                var line = new LineSeries
                {
                    Title = name,
                    Color = colour,
                    StrokeThickness = s.Role == SeriesRole.Student ? 2 : 1.5,
                    LineStyle = s.Role switch { SeriesRole.Reference => LineStyle.Dash, SeriesRole.Guide => LineStyle.Dot, _ => LineStyle.Solid },
                    MarkerType = s.Role == SeriesRole.Guide || s.X.Count > 60 ? MarkerType.None : MarkerType.Circle,
                    MarkerSize = 2.5,
                    MarkerFill = colour,
                };
                for (var i = 0; i < s.X.Count; i++) line.Points.Add(new DataPoint(s.X[i], s.Y[i]));
                model.Series.Add(line);
                break;
            case SeriesStyle.Points:
            case SeriesStyle.Marker:
                var marker = s.Style == SeriesStyle.Marker;
                var scatter = new ScatterSeries
                {
                    Title = name,
                    MarkerType = marker ? MarkerType.Diamond : s.Role == SeriesRole.Reference ? MarkerType.Square : MarkerType.Circle,
                    MarkerSize = marker ? 7 : 3.5,
                    MarkerFill = s.Role == SeriesRole.Reference ? OxyColors.Transparent : colour,
                    MarkerStroke = colour,
                    MarkerStrokeThickness = 1.5,
                };
                for (var i = 0; i < s.X.Count; i++) scatter.Points.Add(new ScatterPoint(s.X[i], s.Y[i]));
                model.Series.Add(scatter);
                break;
            case SeriesStyle.Arrows:
                // The legend entry: arrows are annotations, which have none.
                model.Series.Add(new LineSeries { Title = name, Color = colour, StrokeThickness = 2 });
                for (var i = 0; i < s.X.Count; i++)
                    model.Annotations.Add(new ArrowAnnotation
                    {
                        StartPoint = new DataPoint(s.X[i], s.Y[i]),
                        EndPoint = new DataPoint(s.X[i] + arrowScale * s.U![i], s.Y[i] + arrowScale * s.V![i]),
                        Color = colour,
                        StrokeThickness = 1.5,
                        HeadLength = 6,
                        HeadWidth = 3,
                    });
                break;
        }
        // Where a line stops being drawable: diverged (clamped at the edge by FigureBounds), or,
        // for a path, left the window (the renderer clips it there, which alone is easy to miss).
        var left = s.Style == SeriesStyle.Path ? FirstOutside(figure, s) : null;
        if ((s.DivergedAt ?? left) is not { } k || s.X.Count == 0) return;
        var w = figure.Window;
        var at = Math.Min(k, s.X.Count - 1);
        double ax = Math.Clamp(s.X[at], w.XMin, w.XMax), ay = Math.Clamp(s.Y[at], w.YMin, w.YMax);
        model.Annotations.Add(new PointAnnotation
        {
            X = ax,
            Y = ay,
            Shape = MarkerType.Cross,
            Size = 7,
            Stroke = DivergedColour,
            StrokeThickness = 2,
            Text = s.DivergedAt is not null ? $"{s.Name}: diverged (point {k})" : $"{s.Name}: leaves the window (point {k})",
            TextColor = DivergedColour,
            FontWeight = FontWeights.Bold,
            // Text toward the middle, so it stays inside the figure.
            TextHorizontalAlignment = w.XMax - ax < (w.XMax - w.XMin) / 3 ? HorizontalAlignment.Right : HorizontalAlignment.Left,
            TextVerticalAlignment = ay - w.YMin < (w.YMax - w.YMin) / 3 ? VerticalAlignment.Bottom : VerticalAlignment.Top,
        });
    }

    private static int? FirstOutside(Figure figure, FigureSeries s)
    {
        var w = figure.Window;
        for (var i = 0; i < s.X.Count; i++)
            if (s.X[i] < w.XMin || s.X[i] > w.XMax || s.Y[i] < w.YMin || s.Y[i] > w.YMax) return i;
        return null;
    }

    /// <summary>One scale for every arrow of the figure, so the student's arrows and the
    /// reference's compare by length: the longest is an eighth of the window.</summary>
    private static double ArrowScale(Figure figure)
    {
        var longest = 0.0;
        foreach (var s in figure.Series.Where(s => s.Style == SeriesStyle.Arrows))
            for (var i = 0; i < s.X.Count; i++) longest = Math.Max(longest, Math.Sqrt(s.U![i] * s.U[i] + s.V![i] * s.V[i]));
        var w = figure.Window;
        return longest == 0 ? 0 : Math.Min(w.XMax - w.XMin, w.YMax - w.YMin) / 8 / longest;
    }

    private static OxyColor Colour(SeriesRole role, int index)
    {
        var palette = role switch { SeriesRole.Reference => ReferenceColours, SeriesRole.Guide => GuideColours, _ => StudentColours };
        return palette[index % palette.Length];
    }

    private static double[] Grid(double min, double max) =>
        [.. Enumerable.Range(0, ContourGrid).Select(i => min + (max - min) * i / (ContourGrid - 1))];
}
