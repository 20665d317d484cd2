using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent;

/// <summary>What every optimiser in <see cref="Optimizers"/> returns. Given by the course: do not
/// edit it (the grader compiles this file from the assignment, never from your submission).</summary>
/// <param name="X">The final point x_k. Never NaN or ±∞: when a run diverges, X is the last point
/// that passed the checks, not the point that failed them.</param>
/// <param name="Iterations">k, the number of steps x_j → x_{j+1} that were taken and kept
/// (0 when x_0 already satisfies the tolerance).</param>
/// <param name="Converged">True when the run stopped because ‖∇f(X)‖ ≤ gradTol.</param>
/// <param name="Diverged">True when the run stopped because a new point, or f there, was not
/// finite, or f there exceeded the divergence threshold (README, "Stopping rules").</param>
/// <param name="History">f(x_0), f(x_1), …, f(x_k): exactly Iterations + 1 values, all finite,
/// the last one f(X).</param>
public sealed record OptimizeResult(
    Vector<double> X,
    int Iterations,
    bool Converged,
    bool Diverged,
    IReadOnlyList<double> History);
