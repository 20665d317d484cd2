namespace NewtonsMethod;

/// <summary>What <see cref="RootFinder.NewtonRaphson"/> returns. Given by the course: do not edit
/// it (the grader compiles this file from the assignment, never from your submission).</summary>
/// <param name="Root">The last point x_k that was taken. Always a finite number, whatever the
/// status: never NaN or ±∞.</param>
/// <param name="Iterations">k, the number of Newton steps x_j → x_{j+1} taken (0 when |f(x0)| ≤ tol
/// already, or when the very first step is impossible).</param>
/// <param name="Converged">True exactly when Status is <see cref="RootStatus.Converged"/>.</param>
/// <param name="Status">Why the iteration stopped.</param>
/// <param name="Iterates">x_0, x_1, …, x_k: exactly Iterations + 1 values, the last one Root.</param>
public sealed record RootResult(
    double Root,
    int Iterations,
    bool Converged,
    RootStatus Status,
    IReadOnlyList<double> Iterates);
