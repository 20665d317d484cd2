using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class StationaryPoints
{
    public const int MaxIterations = 50;
    public const double SameTolerance = 1e-6;

    public static IReadOnlyList<StationaryPoint> FindAll(ConstrainedProblem problem, IReadOnlyList<Vector<double>> starts, double tol)
    {
        var result = new List<StationaryPoint>();
        for (int s = 0; s < starts.Count; s++)
        {
            var p = LagrangeNewton.Solve(problem, starts[s], tol, MaxIterations);
            if (!p.Converged) continue;
            bool isNew = true;
            for (int k = 0; k < result.Count; k++)
            {
                double d2 = 0;
                for (int i = 0; i < p.Point.Count; i++)
                {
                    double d = p.Point[i] - result[k].Point[i];
                    d2 += d * d;
                }
                if (Math.Sqrt(d2) <= SameTolerance) isNew = false;
            }
            if (isNew) result.Add(p);
        }
        return result;
    }

    // Bordered Hessian [[0, ∇gᵀ], [∇g, ∇²L]]: with one constraint its leading principal minors of
    // order 3 … n+1 are all negative at a minimum and alternate (+, −, …) at a maximum.
    public static PointKind Classify(ConstrainedProblem problem, StationaryPoint point)
    {
        var x = point.Point;
        int n = x.Count;
        var hf = problem.HessF(x);
        var hg = problem.HessG(x);
        var dg = problem.GradG(x);
        var border = Matrix<double>.Build.Dense(n + 1, n + 1);
        for (int i = 0; i < n; i++)
        {
            border[0, i + 1] = dg[i];
            border[i + 1, 0] = dg[i];
            for (int j = 0; j < n; j++) border[i + 1, j + 1] = hf[i, j] - point.Lambda * hg[i, j];
        }
        bool minimum = true, maximum = true;
        for (int k = 3; k <= n + 1; k++)
        {
            double det = border.SubMatrix(0, k, 0, k).Determinant();
            if (!(det < 0)) minimum = false;
            double maxSign = (k % 2 == 1) ? 1 : -1;
            if (!(det * maxSign > 0)) maximum = false;
        }
        if (minimum) return PointKind.Minimum;
        if (maximum) return PointKind.Maximum;
        return PointKind.Neither;
    }
}
