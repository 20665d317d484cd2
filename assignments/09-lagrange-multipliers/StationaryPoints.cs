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
        throw new NotImplementedException();
    }

    /// <summary>Whether a stationary point (x, λ) is a local minimum, a local maximum or neither,
    /// judged along the constraint surface by the second-order test on ∇²f − λ∇²g (README).</summary>
    public static PointKind Classify(ConstrainedProblem problem, StationaryPoint point)
    {
        throw new NotImplementedException();
    }
}
