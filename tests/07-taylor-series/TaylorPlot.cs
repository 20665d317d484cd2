using Calculus.TestSupport;

namespace TaylorSeries.HiddenTests;

/// <summary>sin x with the student's Taylor polynomials T₁, T₃, T₅ about x0 = 0.5 (their
/// Taylor.Polynomial fed sin's derivatives): correct ones hug sin near x0 and peel away further
/// out, in order; a wrong factorial or power peels away at once.</summary>
internal static class TaylorPlot
{
    public static void Record()
    {
        const double x0 = 0.5;
        var xs = Enumerable.Range(0, 81).Select(i => -3 + 6.0 * i / 80).ToArray();
        var figure = Plot.Figure("m07.taylor", "Your Taylor polynomials of sin x about x0 = 0.5", new PlotWindow(-3, 3, -2, 2))
            .Axes("x", "y")
            .Line("sin x", xs, xs.Select(Math.Sin), PlotRole.Reference);
        foreach (var order in new[] { 1, 3, 5 })
        {
            // sin's derivatives at x0 cycle sin, cos, −sin, −cos.
            var d = Enumerable.Range(0, order + 1).Select(k => (k % 4) switch { 0 => Math.Sin(x0), 1 => Math.Cos(x0), 2 => -Math.Sin(x0), _ => -Math.Cos(x0) }).ToArray();
            figure.Line($"your T{order}", xs, xs.Select(x => Plot.Try(() => Taylor.Polynomial(d.ToArray(), x0, x))));
        }
        figure.Marker("x0", x0, Math.Sin(x0), PlotRole.Guide).Record();
    }
}
