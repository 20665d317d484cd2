using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod;

/// <summary>Newton's method made safe for minimisation: a descent direction plus a backtracking
/// line search, so that it never walks to a maximum or a saddle point.</summary>
public static class DampedNewton
{
    /// <summary>The Armijo constant c: a step αp is accepted when f(x + αp) ≤ f(x) + c·α·(∇f·p).</summary>
    public const double ArmijoC = 1e-4;

    /// <summary>Most halvings of α tried before the line search gives up (StepFailed).</summary>
    public const int MaxHalvings = 60;

    /// <summary>Damped Newton: the Newton step when H(x_k) is positive definite, −∇f otherwise; then
    /// α = 1, ½, ¼, … until the Armijo condition holds. Stops like <see cref="Minimizer.Newton"/>, with
    /// StepFailed when no α passes. f never goes up from one iterate to the next. x0 is not changed.</summary>
    public static MinimizeResult Minimize(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Func<Vector<double>, Matrix<double>> hess, Vector<double> x0, double gradTol, int maxIter)
    {
        var x = x0.Clone();
        var fx = f(x);
        var iterates = new List<Vector<double>> { x };
        for (var k = 0; ; k++)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new MinimizeResult(x, k, true, MinimizeStatus.Converged, iterates);
            if (k == maxIter) return new MinimizeResult(x, k, false, MinimizeStatus.MaxIterations, iterates);
            var p = Direction(g, hess(x));
            var slope = g.DotProduct(p);
            var alpha = 1.0;
            Vector<double>? next = null;
            double fNext = 0;
            for (var j = 0; j <= MaxHalvings; j++, alpha /= 2)
            {
                var trial = x + alpha * p;
                var fTrial = f(trial);
                // Written so that a NaN value never passes.
                if (fTrial <= fx + ArmijoC * alpha * slope)
                {
                    next = trial;
                    fNext = fTrial;
                    break;
                }
            }
            if (next is null) return new MinimizeResult(x, k, false, MinimizeStatus.StepFailed, iterates);
            x = next;
            fx = fNext;
            iterates.Add(x);
        }
    }

    /// <summary>The Newton direction when H is positive definite (its Cholesky factorisation exists)
    /// and the step is finite; otherwise steepest descent. A positive-definite H makes the Newton
    /// step a descent direction, so no further test is needed.</summary>
    private static Vector<double> Direction(Vector<double> g, Matrix<double> h)
    {
        // "positive definite": every diagonal entry positive and det > 0 (the 2x2 rule, generalised)
        bool pd = h.Determinant() > 0;
        for (int i = 0; i < h.RowCount; i++) if (h[i, i] <= 0) pd = false;
        return pd ? h.Solve(-g) : -g;
    }
}
