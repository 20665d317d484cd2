namespace NewtonsMethod;

/// <summary>Why <see cref="RootFinder.NewtonRaphson"/> stopped. Given by the course: do not edit
/// it (the grader compiles this file from the assignment, never from your submission).</summary>
public enum RootStatus
{
    /// <summary>|f(Root)| ≤ tol.</summary>
    Converged,

    /// <summary>f′(Root) = 0 exactly: the tangent is flat and has no zero, so no step is possible.</summary>
    ZeroDerivative,

    /// <summary>maxIter steps were taken without reaching |f| ≤ tol.</summary>
    MaxIterations,

    /// <summary>The next point x − f/f′ was NaN or ±∞; it was not taken.</summary>
    Diverged,
}
