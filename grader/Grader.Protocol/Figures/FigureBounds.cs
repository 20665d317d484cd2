namespace Grader.Protocol.Figures;

/// <summary>How much figure data a submission can put in a report, and the clamping that keeps a
/// figure drawable whatever the student's code returned. Like <see cref="ReportBounds"/>, applied in
/// the worker (nothing large crosses the pipe) and again by the supervisor (the report does not
/// depend on the worker's good behaviour). Idempotent: sanitizing twice changes nothing.</summary>
public static class FigureBounds
{
    public const int FiguresPerTest = 4;
    public const int FiguresPerSubmission = 24;
    public const int SeriesPerFigure = 12;
    public const int PointsPerSeries = 400;

    /// <summary>All figures' points together: at ~40 bytes a point in the indented report, 6,000
    /// points stay under a quarter of PrairieLearn's 1 MB whatever the submission.</summary>
    public const int PointsPerSubmission = 6000;

    public const int TextChars = 120;

    /// <summary>A recorded figure's JSON longer than this is not read at all (the worker's cap on
    /// what it parses; the largest legitimate figure is a few tens of KB).</summary>
    public const int JsonChars = 256 * 1024;

    /// <summary>Significant digits kept: enough for any plot, and a report that does not change with
    /// the last bits of a floating-point sum.</summary>
    private const string Digits = "G6";

    /// <summary>Figures within the caps; <paramref name="pointsLeft"/> and <paramref name="figuresLeft"/>
    /// carry the submission's budget from test to test. Invalid figures (no usable window) are dropped.</summary>
    public static List<Figure> Take(IEnumerable<Figure>? figures, ref int figuresLeft, ref int pointsLeft)
    {
        var kept = new List<Figure>();
        if (figures is null) return kept;
        foreach (var f in figures)
        {
            if (kept.Count == FiguresPerTest || figuresLeft <= 0 || pointsLeft <= 0) break;
            if (f?.Window is null || !f.Window.IsValid(f.XScale, f.YScale)) continue;
            var series = new List<FigureSeries>();
            foreach (var s in (f.Series ?? []).Take(SeriesPerFigure))
            {
                if (s is null || pointsLeft <= 0) break;
                var clean = Sanitize(s, f, pointsLeft);
                pointsLeft -= clean.X.Count;
                series.Add(clean);
            }
            kept.Add(f with
            {
                Id = Text(f.Id) ?? "figure",
                Title = Text(f.Title) ?? "",
                XLabel = Text(f.XLabel),
                YLabel = Text(f.YLabel),
                Background = Text(f.Background),
                Series = series,
            });
            figuresLeft--;
        }
        return kept;
    }

    private static FigureSeries Sanitize(FigureSeries s, Figure f, int pointsLeft)
    {
        var arrows = s.Style == SeriesStyle.Arrows;
        var n = Math.Min(s.X?.Count ?? 0, s.Y?.Count ?? 0);
        if (arrows) n = Math.Min(n, Math.Min(s.U?.Count ?? 0, s.V?.Count ?? 0));
        var cap = Math.Min(PointsPerSeries, pointsLeft);
        var cut = Math.Max(0, n - cap) + (s.PointsCut ?? 0);
        n = Math.Min(n, cap);

        List<double> x = [], y = [], u = [], v = [];
        int? diverged = s.DivergedAt;
        var w = f.Window;
        for (var i = 0; i < n; i++)
        {
            double xi = s.X![i], yi = s.Y![i];
            if (arrows)
            {
                // An arrow is drawn whole or not at all: a tail outside the window or a vector that is not finite is dropped.
                double ui = s.U![i], vi = s.V![i];
                if (!Inside(xi, w.XMin, w.XMax) || !Inside(yi, w.YMin, w.YMax) || !double.IsFinite(ui) || !double.IsFinite(vi)) continue;
                x.Add(Round(xi)); y.Add(Round(yi)); u.Add(Round(ui)); v.Add(Round(vi));
                continue;
            }
            var far = Far(xi, w.XMin, w.XMax, f.XScale) || Far(yi, w.YMin, w.YMax, f.YScale);
            if (far && s.Style == SeriesStyle.Path)
            {
                // A path that runs off to infinity stops at the window's edge, where it left: that is
                // the divergence to show. (A curve over x is only clamped: one wild value must not hide the rest.)
                diverged ??= i;
                if (!double.IsNaN(xi) && !double.IsNaN(yi))
                {
                    x.Add(Round(Clamp(xi, w.XMin, w.XMax, f.XScale)));
                    y.Add(Round(Clamp(yi, w.YMin, w.YMax, f.YScale)));
                }
                break;
            }
            if (double.IsNaN(xi) || double.IsNaN(yi)) continue;
            if (s.Style is SeriesStyle.Line or SeriesStyle.Path && !far && Drawable(xi, f.XScale) && Drawable(yi, f.YScale))
            {
                // Near the window a line keeps its true shape (the renderer clips it at the edge):
                // clamping would bend a steep but finite line along the border.
                x.Add(Round(xi));
                y.Add(Round(yi));
                continue;
            }
            x.Add(Round(Clamp(xi, w.XMin, w.XMax, f.XScale)));
            y.Add(Round(Clamp(yi, w.YMin, w.YMax, f.YScale)));
        }
        return s with
        {
            Name = Text(s.Name) ?? "",
            X = x,
            Y = y,
            U = arrows ? u : null,
            V = arrows ? v : null,
            DivergedAt = diverged,
            PointsCut = cut > 0 ? cut : null,
        };
    }

    private static bool Drawable(double value, AxisScale scale) => scale != AxisScale.Log || value > 0;

    private static bool Inside(double value, double min, double max) => value >= min && value <= max;

    /// <summary>Not finite, or further outside the window than the window is wide (in decades on a
    /// log axis). Just outside is only clamped: a step that overshoots a little has not diverged.
    /// Zero or less on a log axis is not far: an error of exactly 0 sits on the bottom edge.</summary>
    private static bool Far(double value, double min, double max, AxisScale scale)
    {
        if (!double.IsFinite(value)) return true;
        if (scale == AxisScale.Log)
        {
            if (value <= 0) return false;
            double lo = Math.Log10(min), hi = Math.Log10(max), l = Math.Log10(value);
            return l < lo - (hi - lo) || l > hi + (hi - lo);
        }
        var span = max - min;
        return value < min - span || value > max + span;
    }

    private static double Clamp(double value, double min, double max, AxisScale scale)
    {
        if (scale == AxisScale.Log && value <= 0) return min;
        return double.IsNegativeInfinity(value) ? min : double.IsPositiveInfinity(value) ? max : Math.Clamp(value, min, max);
    }

    private static double Round(double value) => double.Parse(value.ToString(Digits, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    private static string? Text(string? text) => text is null ? null : text.Length <= TextChars ? text : text[..TextChars] + "…";
}
