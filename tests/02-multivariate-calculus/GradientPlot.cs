using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus.HiddenTests;

/// <summary>The student's numerical gradient as arrows on the contours of a wavy bowl, over the
/// exact gradient's arrows: arrows that point downhill (a sign slip), swap components or are far too
/// long (a missing 2 in 2h) show against the reference at once. The grader draws the contours of the
/// same function under the id "m02.wavy" (grader/Grader.Core/Plots/PlotBackgrounds.cs).</summary>
internal static class GradientPlot
{
    private static double F(Vector<double> v) => Math.Sin(v[0]) * Math.Cos(v[1]) + (v[0] * v[0] + v[1] * v[1]) / 10;

    public static void Record()
    {
        var grid = Enumerable.Range(0, 7).Select(i => -3 + i * 1.0).ToArray();
        var points = grid.SelectMany(x => grid.Select(y => (x, y))).ToArray();
        var student = points.Select(p => Student(p.x, p.y)).ToArray();
        Plot.Figure("m02.gradient", "Your numerical gradient of sin x·cos y + (x² + y²)/10", new PlotWindow(-3.5, 3.5, -3.5, 3.5))
            .Axes("x", "y").Contours("m02.wavy")
            .Arrows("exact ∇f", points.Select(p => p.x), points.Select(p => p.y),
                points.Select(p => Math.Cos(p.x) * Math.Cos(p.y) + p.x / 5), points.Select(p => -Math.Sin(p.x) * Math.Sin(p.y) + p.y / 5), PlotRole.Reference)
            .Arrows("your ∇f (h = 1e-5)", points.Select(p => p.x), points.Select(p => p.y), student.Select(g => g.X), student.Select(g => g.Y))
            .Record();
    }

    private static (double X, double Y) Student(double x, double y)
    {
        Vector<double>? g = null;
        Plot.Try(() => { g = Numerical.Gradient(F, Vector<double>.Build.DenseOfArray([x, y]), 1e-5); return 0; });
        return g is { Count: 2 } ? (g[0], g[1]) : (double.NaN, double.NaN);
    }
}
