using Calculus.TestSupport;

namespace NewtonsMethod.HiddenTests;

/// <summary>The course polynomial with the student's Newton iterates and their tangents (the
/// zig-zag x_k → tangent → x_{k+1} on the axis → back up to f), over the reference's: a wrong
/// derivative or sign takes a different road, a diverging run leaves the window and says where.</summary>
internal static class NewtonPlot
{
    public static void Record()
    {
        const double x0 = 0;
        RootResult? mine = null;
        Plot.Try(() => { mine = RootFinder.NewtonRaphson(Functions.Course, Functions.CoursePrime, x0, 1e-10, 30); return 0; });
        var reference = Expected.NewtonRaphson(Functions.Course, Functions.CoursePrime, x0, 1e-10, 30);
        var xs = Enumerable.Range(0, 121).Select(i => -4.2 + 7.7 * i / 120).ToArray();
        var (mx, my) = ZigZag([.. (mine?.Iterates ?? []).Take(60)]);
        var (rx, ry) = ZigZag(reference.Iterates);
        Plot.Figure("m08.newton", "Your Newton–Raphson on the course polynomial from x0 = 0", new PlotWindow(-4.2, 3.5, -70, 80))
            .Axes("x", "f(x)")
            .Line("f", xs, xs.Select(Functions.Course), PlotRole.Guide)
            .Line("y = 0", [-4.2, 3.5], [0, 0], PlotRole.Guide)
            .Path("reference iterates and tangents", rx, ry, PlotRole.Reference)
            .Path("your iterates and tangents", mx, my)
            .Record();
    }

    /// <summary>(x_k, f(x_k)) down the tangent to (x_{k+1}, 0), up to (x_{k+1}, f(x_{k+1})), …</summary>
    private static (List<double> X, List<double> Y) ZigZag(IReadOnlyList<double> iterates)
    {
        List<double> x = [], y = [];
        for (var k = 0; k < iterates.Count; k++)
        {
            if (k > 0) { x.Add(iterates[k]); y.Add(0); }
            x.Add(iterates[k]);
            y.Add(Functions.Course(iterates[k]));
        }
        return (x, y);
    }
}
