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

    /// <summary>Damped Newton (README, "The safeguarded minimiser"): a descent direction p — the Newton
    /// step when H(x_k) is positive definite, −∇f otherwise — and a backtracking line search on it,
    /// α = 1, ½, ¼, … until f(x_k + αp) ≤ f(x_k) + c·α·(∇f·p). Stops like <see cref="Minimizer.Newton"/>,
    /// with StepFailed when no α passes. f never goes up from one iterate to the next. x0 is not changed.</summary>
    public static MinimizeResult Minimize(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Func<Vector<double>, Matrix<double>> hess, Vector<double> x0, double gradTol, int maxIter)
    {
        throw new NotImplementedException();
    }
}
