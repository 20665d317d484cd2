using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent;

/// <summary>Full optimisers. All three share the same loop and stopping rules (README, "Stopping
/// rules"): converge on ‖∇f‖ ≤ gradTol, stop after maxIter steps, and stop with Diverged = true —
/// never with an exception or a NaN in X — when a new point or its f is not finite or f grows past
/// f(x_0) + 1e6·(1 + |f(x_0)|).</summary>
public static class Optimizers
{
    /// <summary>f(x) above f(x_0) + GrowthLimit·(1 + |f(x_0)|) counts as divergence.</summary>
    public const double GrowthLimit = 1e6;

    /// <summary>Plain gradient descent with a fixed step: x_{k+1} = x_k − γ·∇f(x_k).</summary>
    public static OptimizeResult GradientDescent(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double gamma, int maxIter, double gradTol) =>
        Run(f, grad, x0, maxIter, gradTol, (x, g) => Steps.GradientDescentStep(x, g, gamma));

    /// <summary>Heavy-ball momentum: v_0 = 0, v_{k+1} = β·v_k − γ·∇f(x_k), x_{k+1} = x_k + v_{k+1}.</summary>
    public static OptimizeResult Momentum(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double gamma, double beta, int maxIter, double gradTol)
    {
        var v = Vector<double>.Build.Dense(x0.Count);
        return Run(f, grad, x0, maxIter, gradTol, (x, g) =>
        {
            (var next, v) = Steps.MomentumStep(x, v, g, gamma, beta);
            return next;
        });
    }

    /// <summary>Gradient descent with an Armijo backtracking line search in every step, started at
    /// alpha0 each time (ρ = 0.5, c = 1e-4): x_{k+1} = x_k − α_k·∇f(x_k).</summary>
    public static OptimizeResult Backtracking(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double alpha0, int maxIter, double gradTol) =>
        Run(f, grad, x0, maxIter, gradTol, (x, g) => x - Steps.BacktrackingStep(f, x, g, alpha0) * g);

    /// <summary>The loop all three share; <paramref name="step"/> maps (x_k, ∇f(x_k)) to x_{k+1}.</summary>
    private static OptimizeResult Run(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, int maxIter, double gradTol, Func<Vector<double>, Vector<double>, Vector<double>> step)
    {
        var x = x0.Clone();
        var f0 = f(x);
        var limit = f0 + GrowthLimit * (1 + Math.Abs(f0));
        var history = new List<double> { f0 };
        for (var k = 0; ; k++)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new OptimizeResult(x, k, true, false, history);
            if (k == maxIter) return new OptimizeResult(x, k, false, false, history);
            var next = step(x, g);
            var fNext = next.All(double.IsFinite) ? f(next) : double.NaN;
            // !(fNext <= limit) is also true for NaN.
            if (!double.IsFinite(fNext) || !(fNext <= limit)) return new OptimizeResult(x, k, false, true, history);
            x = next;
            history.Add(fNext);
        }
    }
}
