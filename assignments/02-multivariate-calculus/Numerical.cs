using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus;

/// <summary>Derivatives of functions you can only evaluate: finite differences in several
/// variables. Every method here must give <c>f</c> (or <c>F</c>) a fresh vector for each
/// evaluation and must never change the caller's <c>x</c>.</summary>
public static class Numerical
{
    /// <summary>∂f/∂x_i at x by the central difference along coordinate i:
    /// (f(x + h·e_i) − f(x − h·e_i)) / 2h. Exactly 2 evaluations of f.</summary>
    public static double PartialDerivative(Func<Vector<double>, double> f, Vector<double> x, int i, double h)
    {
        throw new NotImplementedException();
    }

    /// <summary>∇f(x) = (∂f/∂x_0, …, ∂f/∂x_{n−1}) by central differences.
    /// Exactly 2n evaluations of f for an x of length n.</summary>
    public static Vector<double> Gradient(Func<Vector<double>, double> f, Vector<double> x, double h)
    {
        throw new NotImplementedException();
    }

    /// <summary>The Jacobian of F: ℝⁿ → ℝᵐ at x, an m×n matrix whose row i is ∇F_i(x) and whose
    /// column j is ∂F/∂x_j (central differences). Exactly 2n evaluations of F.</summary>
    public static Matrix<double> Jacobian(Func<Vector<double>, Vector<double>> F, Vector<double> x, double h)
    {
        throw new NotImplementedException();
    }

    /// <summary>The Hessian of f at x, the n×n matrix of second partials ∂²f/∂x_i∂x_j, by finite
    /// differences with step h (about 1e-4 for inputs of size 1). The result must be exactly
    /// symmetric: H[i, j] == H[j, i].</summary>
    public static Matrix<double> Hessian(Func<Vector<double>, double> f, Vector<double> x, double h)
    {
        throw new NotImplementedException();
    }
}
