using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

/// <summary>The Lagrangian L(x, λ) = f(x) − λ·g(x) of a <see cref="ConstrainedProblem"/>, as a
/// function of z = (x₁, …, xₙ, λ): a vector of length n + 1 with λ last.</summary>
public static class Lagrangian
{
    /// <summary>∇L(z) = (∇f(x) − λ∇g(x), −g(x)), a new vector of length n + 1. It is zero exactly
    /// at the stationary points: ∇f = λ∇g and g = 0.</summary>
    public static Vector<double> Gradient(ConstrainedProblem problem, Vector<double> z)
    {
        var n = z.Count - 1;
        var x = z.SubVector(0, n);
        var lambda = z[n];
        var top = problem.GradF(x) - lambda * problem.GradG(x);
        var result = Vector<double>.Build.Dense(n + 1);
        result.SetSubVector(0, n, top);
        result[n] = -problem.G(x);
        return result;
    }

    /// <summary>The (n+1)×(n+1) Hessian of L, which is the Jacobian of <see cref="Gradient"/>:
    /// [[∇²f(x) − λ∇²g(x), −∇g(x)], [−∇g(x)ᵀ, 0]]. A new matrix.</summary>
    public static Matrix<double> Hessian(ConstrainedProblem problem, Vector<double> z)
    {
        var n = z.Count - 1;
        var x = z.SubVector(0, n);
        var lambda = z[n];
        var gradG = problem.GradG(x);
        var h = Matrix<double>.Build.Dense(n + 1, n + 1);
        h.SetSubMatrix(0, 0, problem.HessF(x) - lambda * problem.HessG(x));
        for (var i = 0; i < n; i++)
        {
            h[i, n] = -gradG[i];
            h[n, i] = -gradG[i];
        }
        return h;
    }
}
