using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers.HiddenTests;

/// <summary>The course's ellipse on the contours of f with the stationary points the student's
/// FindAll returned, each with its ∇f and λ∇g arrows: at a true stationary point they coincide; a
/// wrong λ shows two arrows of different length, a point off the ellipse stands apart from it. The
/// grader draws f's contours under the id "m09.course-f" (grader/Grader.Core/Plots/PlotBackgrounds.cs).</summary>
internal static class ConstraintPlot
{
    public static void Record(EllipseProblem e, IReadOnlyList<Vector<double>> starts, double tol)
    {
        IReadOnlyList<StationaryPoint>? found = null;
        Plot.Try(() => { found = StationaryPoints.FindAll(e.Problem, starts.Select(s => s.Clone()).ToArray(), tol); return 0; });
        var points = (found ?? []).Take(20).Where(p => p?.Point is { Count: 2 } v && v.All(double.IsFinite) && double.IsFinite(p.Lambda)).ToList();
        var ts = Enumerable.Range(0, 121).Select(i => 2 * Math.PI * i / 120).ToArray();
        var known = e.StationaryPoints;
        var gradF = points.Select(p => e.Problem.GradF(p.Point)).ToList();
        var lambdaGradG = points.Select(p => p.Lambda * e.Problem.GradG(p.Point)).ToList();
        Plot.Figure("m09.constraint", "Your stationary points of f on the ellipse g = 0", new PlotWindow(-1.6, 1.6, -2.2, 0.6))
            .Axes("x", "y").Contours("m09.course-f")
            .Line("g(x, y) = 0", ts.Select(t => e.At(t)[0]), ts.Select(t => e.At(t)[1]), PlotRole.Guide)
            .Points("stationary points (reference)", known.Select(k => k.X[0]), known.Select(k => k.X[1]), PlotRole.Reference)
            .Points("your points", points.Select(p => p.Point[0]), points.Select(p => p.Point[1]))
            .Arrows("∇f at your points", points.Select(p => p.Point[0]), points.Select(p => p.Point[1]), gradF.Select(g => g[0]), gradF.Select(g => g[1]))
            .Arrows("λ∇g at your points", points.Select(p => p.Point[0]), points.Select(p => p.Point[1]), lambdaGradG.Select(g => g[0]), lambdaGradG.Select(g => g[1]))
            .Record();
    }
}
