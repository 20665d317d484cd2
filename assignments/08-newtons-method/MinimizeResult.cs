using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod;

/// <summary>What the minimisers in <see cref="Minimizer"/> and <see cref="DampedNewton"/> return.
/// Given by the course: do not edit it (the grader compiles this file from the assignment, never
/// from your submission).</summary>
/// <param name="X">The last point x_k that was taken. Never NaN or ±∞.</param>
/// <param name="Iterations">k, the number of steps x_j → x_{j+1} taken (0 when ‖∇f(x0)‖ ≤ gradTol
/// already, or when the very first step fails).</param>
/// <param name="Converged">True exactly when Status is <see cref="MinimizeStatus.Converged"/>.</param>
/// <param name="Status">Why the iteration stopped.</param>
/// <param name="Iterates">x_0, x_1, …, x_k as separate vectors: exactly Iterations + 1 of them,
/// the first equal to x0, the last equal to X.</param>
public sealed record MinimizeResult(
    Vector<double> X,
    int Iterations,
    bool Converged,
    MinimizeStatus Status,
    IReadOnlyList<Vector<double>> Iterates);
