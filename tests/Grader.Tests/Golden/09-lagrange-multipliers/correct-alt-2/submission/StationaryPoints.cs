using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class StationaryPoints
{
    public const int MaxIterations = 50;
    public const double SameTolerance = 1e-6;

    public static IReadOnlyList<StationaryPoint> FindAll(ConstrainedProblem problem, IReadOnlyList<Vector<double>> starts, double tol) =>
        starts.Select(s => LagrangeNewton.Solve(problem, s, tol, MaxIterations))
            .Where(p => p.Converged)
            .Aggregate(new List<StationaryPoint>(), (kept, p) =>
            {
                if (!kept.Any(q => q.Point.Subtract(p.Point).L2Norm() <= SameTolerance)) kept.Add(p);
                return kept;
            });

    public static PointKind Classify(ConstrainedProblem problem, StationaryPoint point)
    {
        var x = point.Point;
        var n = x.Count;
        var hessL = problem.HessF(x) - point.Lambda * problem.HessG(x);
        var basis = TangentBasis(problem.GradG(x));
        var z = Matrix<double>.Build.DenseOfColumnVectors(basis);
        var p = z.TransposeThisAndMultiply(hessL * z);
        // Sylvester: positive definite iff every leading minor is > 0; negative definite iff
        // their signs alternate starting with −.
        var minors = Enumerable.Range(1, n - 1).Select(k => p.SubMatrix(0, k, 0, k).Determinant()).ToList();
        if (minors.All(d => d > 0)) return PointKind.Minimum;
        if (minors.Select((d, i) => i % 2 == 0 ? -d : d).All(d => d > 0)) return PointKind.Maximum;
        return PointKind.Neither;
    }

    // Gram–Schmidt on the coordinate axes, against ∇g first: n − 1 orthonormal vectors with ∇g·d = 0.
    private static List<Vector<double>> TangentBasis(Vector<double> gradG)
    {
        var n = gradG.Count;
        var all = new List<Vector<double>> { gradG / gradG.L2Norm() };
        for (var i = 0; i < n && all.Count < n; i++)
        {
            var v = Vector<double>.Build.Dense(n, j => j == i ? 1.0 : 0.0);
            foreach (var u in all) v -= v.DotProduct(u) * u;
            if (v.L2Norm() > 1e-8) all.Add(v / v.L2Norm());
        }
        return all.Skip(1).ToList();
    }
}
