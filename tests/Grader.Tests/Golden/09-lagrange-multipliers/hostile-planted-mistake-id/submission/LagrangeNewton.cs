using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

/// <summary>Newton's method on the stationarity system ∇L(x, λ) = 0.</summary>
public static class LagrangeNewton
{
    /// <summary>Newton's method on ∇L = 0 from start = (x₀, λ₀) (length n + 1): solve
    /// H(z)·s = −∇L(z) and step z ← z + s until ‖∇L(z)‖ ≤ tol. Stops with Converged = false —
    /// never with an exception or a NaN — after maxIter steps, or when a step is not finite
    /// (a singular system). Never changes start. The README gives the exact loop.</summary>
    public static StationaryPoint Solve(ConstrainedProblem problem, Vector<double> start, double tol, int maxIter)
    {
        var z = start.Clone();
        for (var k = 0; ; k++)
        {
            var r = Lagrangian.Gradient(problem, z);
            if (r.L2Norm() <= tol) return Result(z, k, true);
            if (k == maxIter) return Result(z, k, false);
            var next = z + Step(problem, z, r);
            if (!next.All(double.IsFinite)) return Result(z, k, false);
            z = next;
        }
    }

    // A singular system may come back as ±∞/NaN or as an exception, depending on the matrix:
    // both mean "no Newton step here".
    private static Vector<double> Step(ConstrainedProblem problem, Vector<double> z, Vector<double> r)
    {
        try
        {
            return Lagrangian.Hessian(problem, z).Solve(-r);
        }
        catch (ArgumentException)
        {
            return Vector<double>.Build.Dense(z.Count, double.NaN);
        }
    }

    private static StationaryPoint Result(Vector<double> z, int iterations, bool converged) =>
        new(z.SubVector(0, z.Count - 1), z[z.Count - 1], iterations, converged);
}
