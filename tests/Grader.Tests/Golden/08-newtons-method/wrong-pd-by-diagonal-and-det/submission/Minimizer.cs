using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod;

/// <summary>Pure Newton's method for a stationary point of f: the n-dimensional root finder for ∇f = 0.</summary>
public static class Minimizer
{
    /// <summary>The Newton step p that solves H·p = −g, found by a linear solve (LU), never through an
    /// explicit inverse. Works for any nonsingular H, positive definite or not. Leaves g and H unchanged.</summary>
    public static Vector<double> NewtonStep(Vector<double> g, Matrix<double> H) => H.Solve(-g);

    /// <summary>Pure Newton: x_{k+1} = x_k + p_k with H(x_k)·p_k = −∇f(x_k), the gradient and Hessian
    /// evaluated afresh at every x_k. Stops with Converged when ‖∇f(x_k)‖ ≤ gradTol, MaxIterations
    /// after maxIter steps, StepFailed when the step is not finite (a singular Hessian). x0 is not changed.</summary>
    public static MinimizeResult Newton(Func<Vector<double>, Vector<double>> grad, Func<Vector<double>, Matrix<double>> hess,
        Vector<double> x0, double gradTol, int maxIter)
    {
        var x = x0.Clone();
        var iterates = new List<Vector<double>> { x };
        for (var k = 0; ; k++)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new MinimizeResult(x, k, true, MinimizeStatus.Converged, iterates);
            if (k == maxIter) return new MinimizeResult(x, k, false, MinimizeStatus.MaxIterations, iterates);
            Vector<double> next;
            try
            {
                next = x + NewtonStep(g, hess(x));
            }
            catch (ArgumentException)
            {
                // Some solvers refuse a singular matrix instead of returning ∞/NaN: the same outcome.
                return new MinimizeResult(x, k, false, MinimizeStatus.StepFailed, iterates);
            }
            if (!next.All(double.IsFinite)) return new MinimizeResult(x, k, false, MinimizeStatus.StepFailed, iterates);
            x = next;
            iterates.Add(x);
        }
    }
}
