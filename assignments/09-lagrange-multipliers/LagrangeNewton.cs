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
        throw new NotImplementedException();
    }
}
