using Calculus.TestSupport;

namespace LinearRegression.HiddenTests;

/// <summary>A noisy data set with the student's fitted line over the least-squares line (MathNet's
/// Fit.Line): a swapped slope and intercept, or a slope without the means, is a visibly wrong line.</summary>
internal static class LineFitPlot
{
    public static void Record(double[] x, double[] y)
    {
        var (intercept, slope) = MathNet.Numerics.Fit.Line(x, y);
        var (m, c) = (double.NaN, double.NaN);
        Plot.Try(() => { (m, c) = Regression.FitLine(x.ToArray(), y.ToArray()); return 0; });
        double x0 = x.Min(), x1 = x.Max(), pad = (x1 - x0) / 10, y0 = y.Min(), y1 = y.Max(), yPad = (y1 - y0) / 5;
        var ends = new[] { x0 - pad, x1 + pad };
        Plot.Figure("m05.line-fit", $"Your FitLine on {x.Length} noisy points", new PlotWindow(x0 - pad, x1 + pad, y0 - yPad, y1 + yPad))
            .Axes("x", "y")
            .Points("data", x, y, PlotRole.Guide)
            .Line($"least squares: y = {Fmt.Num(slope)}x + {Fmt.Num(intercept)}", ends, ends.Select(t => slope * t + intercept), PlotRole.Reference)
            .Line($"yours: y = {Fmt.Num(m)}x + {Fmt.Num(c)}", ends, ends.Select(t => m * t + c))
            .Record();
    }
}
