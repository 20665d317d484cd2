using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod;

/// <summary>Pure Newton's method for a stationary point of f: the n-dimensional root finder for ∇f = 0.</summary>
public static class Minimizer
{
    /// <summary>The Newton step: the p that solves H·p = −g, by a linear solve (never through an explicit
    /// inverse). Must work for any nonsingular H, positive definite or not. Leaves g and H unchanged.</summary>
    public static Vector<double> NewtonStep(Vector<double> g, Matrix<double> H)
    {
        throw new NotImplementedException();
    }

    /// <summary>Pure Newton: x_{k+1} = x_k + p_k with H(x_k)·p_k = −∇f(x_k), the gradient and Hessian
    /// evaluated afresh at every x_k. Stops with Converged when ‖∇f(x_k)‖ ≤ gradTol, MaxIterations
    /// after maxIter steps, StepFailed when the step is not finite (a singular Hessian). x0 is not changed.</summary>
    public static MinimizeResult Newton(Func<Vector<double>, Vector<double>> grad, Func<Vector<double>, Matrix<double>> hess,
        Vector<double> x0, double gradTol, int maxIter)
    {
        throw new NotImplementedException();
    }
}
