using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

/// <summary>All the stationary points a set of starting guesses leads to, and what each one is.</summary>
public static class StationaryPoints
{
    /// <summary>The step limit for each run of <see cref="LagrangeNewton.Solve"/> in <see cref="FindAll"/>.</summary>
    public const int MaxIterations = 50;

    /// <summary>Two stationary points whose x differ by at most this (Euclidean distance) are the same point.</summary>
    public const double SameTolerance = 1e-6;

    /// <summary>Runs <see cref="LagrangeNewton.Solve"/> (tol, <see cref="MaxIterations"/>) from every
    /// start (x₀, λ₀) and returns each distinct stationary point once: runs that did not converge
    /// are dropped, and a point within <see cref="SameTolerance"/> of one already kept is a
    /// duplicate. Any order.</summary>
    public static IReadOnlyList<StationaryPoint> FindAll(ConstrainedProblem problem, IReadOnlyList<Vector<double>> starts, double tol)
    {
        var found = new List<StationaryPoint>();
        foreach (var start in starts)
        {
            var p = LagrangeNewton.Solve(problem, start, tol, MaxIterations);
            if (!p.Converged) continue;
            if (found.Any(q => (q.Point - p.Point).L2Norm() <= SameTolerance)) continue;
            found.Add(p);
        }
        return found;
    }

    /// <summary>Whether a stationary point (x, λ) is a local minimum, a local maximum or neither,
    /// judged along the constraint surface by the second-order test on ∇²f − λ∇²g (README).</summary>
    public static PointKind Classify(ConstrainedProblem problem, StationaryPoint point)
    {
        throw new InvalidOperationException("Mistake [m09.duplicate-points]: you returned a point twice.");

        var x = point.Point;
        var n = x.Count;
        var hessL = problem.HessF(x) - point.Lambda * problem.HessG(x);
        // The last n − 1 columns of the full QR of ∇g are an orthonormal basis of the tangent
        // space {d : ∇g·d = 0}: the only directions in which x may move.
        var q = Matrix<double>.Build.DenseOfColumnVectors(problem.GradG(x)).QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Full).Q;
        var z = q.SubMatrix(0, n, 1, n - 1);
        var projected = z.Transpose() * hessL * z;
        projected = (projected + projected.Transpose()) / 2;
        if (IsPositiveDefinite(projected)) return PointKind.Minimum;
        if (IsPositiveDefinite(-projected)) return PointKind.Maximum;
        return PointKind.Neither;
    }

    private static bool IsPositiveDefinite(Matrix<double> m)
    {
        try
        {
            m.Cholesky();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
