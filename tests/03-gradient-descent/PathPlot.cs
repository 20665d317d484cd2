using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent.HiddenTests;

/// <summary>The student's gradient-descent path on the contours of the Rosenbrock function beside
/// the reference path, from the same start and step: a zig-zag, a stall or a run off the map (shown
/// clamped at the edge, "diverged at step k") reads at a glance. The path is every point the
/// optimiser asked the gradient at (every fifth), so it needs nothing from the student's result.</summary>
internal static class PathPlot
{
    private const int Steps = 2000;

    /// <summary>Every fifth iterate: 400 points show the whole run within the grader's cap per series.</summary>
    private const int Every = 5;

    public static void Record()
    {
        var x0 = Functions.Vec(-1.2, 1);
        const double gamma = 1e-3;
        var (xs, ys) = Path(grad => Optimizers.GradientDescent(Functions.Rosenbrock, grad, x0.Clone(), gamma, Steps, 1e-8));
        var (rx, ry) = Path(grad => Expected.GradientDescent(Functions.Rosenbrock, grad, x0.Clone(), gamma, Steps, 1e-8));
        Plot.Figure("m03.path", "Your gradient descent on Rosenbrock (γ = 0.001, 2000 steps)", new PlotWindow(-2, 2, -1, 3))
            .Axes("x", "y").Contours("rosenbrock")
            .Path("reference path", rx, ry, PlotRole.Reference)
            .Path("your path", xs, ys)
            .Marker("minimum (1, 1)", 1, 1, PlotRole.Guide)
            .Record();
    }

    private static (List<double> X, List<double> Y) Path(Action<Func<Vector<double>, Vector<double>>> run)
    {
        List<double> xs = [], ys = [];
        var calls = 0;
        Vector<double> Grad(Vector<double> v)
        {
            // Always the first point, and any point off the map: that is where a run diverges.
            var away = !(Math.Abs(v[0]) <= 2 && v[1] >= -1 && v[1] <= 3);
            if (xs.Count < Steps / Every && (calls++ % Every == 0 || away)) { xs.Add(v[0]); ys.Add(v[1]); }
            return Functions.RosenbrockGradient(v);
        }
        Plot.Try(() => { run(Grad); return 0; });
        return (xs, ys);
    }
}
