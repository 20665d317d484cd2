using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class StationaryPoints
{
    public const int MaxIterations = 50;
    public const double SameTolerance = 1e-6;

    public static IReadOnlyList<StationaryPoint> FindAll(ConstrainedProblem problem, IReadOnlyList<Vector<double>> starts, double tol)
    {
        var points = new List<StationaryPoint>();
        foreach (var s in starts)
        {
            var candidate = LagrangeNewton.Solve(problem, s, tol, MaxIterations);
            if (candidate.Converged && !points.Exists(p => p.Point.Subtract(candidate.Point).L2Norm() <= SameTolerance))
                points.Add(candidate);
        }
        return points;
    }

    // With the projector P = I − ĝĝᵀ onto the tangent space, P·H·P + s·ĝĝᵀ (s > 0) is positive
    // definite exactly when H is positive definite on the tangent space.
    public static PointKind Classify(ConstrainedProblem problem, StationaryPoint point)
    {
        var x = point.Point;
        var n = x.Count;
        var h = problem.HessF(x) - point.Lambda * problem.HessG(x);
        var g = problem.GradG(x);
        var u = g / g.L2Norm();
        var uu = u.OuterProduct(u);
        var projector = Matrix<double>.Build.DenseIdentity(n) - uu;
        var php = projector * h * projector;
        php = (php + php.Transpose()) * 0.5;
        var s = 1 + h.FrobeniusNorm();
        if (Definite(php + s * uu)) return PointKind.Minimum;
        if (Definite(-php + s * uu)) return PointKind.Maximum;
        return PointKind.Neither;
    }

    private static bool Definite(Matrix<double> m)
    {
        try
        {
            var c = m.Cholesky();
            return c.Factor.Diagonal().ForAll(d => d > 1e-12);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
