namespace NewtonsMethod;

/// <summary>Why a minimiser in <see cref="Minimizer"/> or <see cref="DampedNewton"/> stopped. Given
/// by the course: do not edit it (the grader compiles this file from the assignment, never from
/// your submission).</summary>
public enum MinimizeStatus
{
    /// <summary>‖∇f(X)‖ ≤ gradTol.</summary>
    Converged,

    /// <summary>maxIter steps were taken without reaching ‖∇f‖ ≤ gradTol.</summary>
    MaxIterations,

    /// <summary>No step could be taken from X: the Newton step was not finite (a singular Hessian)
    /// or, in <see cref="DampedNewton"/>, the line search found no step that lowers f enough.</summary>
    StepFailed,
}
