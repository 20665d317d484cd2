using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent;

/// <summary>Single steps of the descent methods: each takes the current point (and what the
/// method carries along) and returns the next one. None of them changes its arguments.</summary>
public static class Steps
{
    /// <summary>Most backtracking reductions tried before giving up (α = α0·ρ⁶⁰ is then returned).</summary>
    public const int MaxReductions = 60;

    /// <summary>One gradient-descent step: x − γ·∇f(x), downhill.</summary>
    public static Vector<double> GradientDescentStep(Vector<double> x, Vector<double> grad, double gamma)
    {
        System.Diagnostics.Debug.Assert(x.Count == grad.Count, "x and grad must have the same length");
        return x - gamma * grad;
    }

    /// <summary>One heavy-ball momentum step: v' = β·v − γ·∇f(x), then x' = x + v'.
    /// Returns (x', v').</summary>
    public static (Vector<double> X, Vector<double> V) MomentumStep(
        Vector<double> x, Vector<double> v, Vector<double> grad, double gamma, double beta)
    {
        var velocity = beta * v - gamma * grad;
        return (x + velocity, velocity);
    }

    /// <summary>The Armijo backtracking step length along −∇f: the first α in α0, α0·ρ, α0·ρ², …
    /// with f(x − α·∇f) ≤ f(x) − c·α·‖∇f‖² (a NaN value never passes). After
    /// <see cref="MaxReductions"/> reductions it gives up and returns α0·ρ⁶⁰.</summary>
    public static double BacktrackingStep(Func<Vector<double>, double> f, Vector<double> x, Vector<double> grad,
        double alpha0, double rho = 0.5, double c = 1e-4)
    {
        var fx = f(x);
        var slope = grad.DotProduct(grad);
        var alpha = alpha0;
        for (var j = 0; j < MaxReductions; j++)
        {
            // Written as "accept when ≤" so that a NaN (a trial point outside f's domain) is rejected.
            if (f(x - alpha * grad) <= fx - c * alpha * slope) return alpha;
            alpha *= rho;
        }
        return alpha;
    }

    /// <summary>The course's Newton/gradient hybrid step from the sandpit lab: the Newton step
    /// −H⁻¹J (by a linear solve) when H is positive definite and that step is finite, points
    /// downhill (step · (−J) > 0) and is no longer than maxStep; otherwise the gradient step −γ·J.</summary>
    public static Vector<double> SandpitHybridStep(Vector<double> J, Matrix<double> H, double gamma, double maxStep)
    {
        var gradientStep = -gamma * J;
        if (!IsPositiveDefinite(H)) return gradientStep;
        var newton = -H.Cholesky().Solve(J);
        var finite = newton.All(double.IsFinite);
        if (!finite || newton.DotProduct(-J) <= 0 || newton.L2Norm() > maxStep) return gradientStep;
        return newton;
    }

    /// <summary>All eigenvalues of the symmetric part of H strictly positive.</summary>
    private static bool IsPositiveDefinite(Matrix<double> H)
    {
        var symmetric = (H + H.Transpose()) / 2;
        return symmetric.Evd(Symmetricity.Symmetric).EigenValues.All(e => e.Real > 0);
    }
}
