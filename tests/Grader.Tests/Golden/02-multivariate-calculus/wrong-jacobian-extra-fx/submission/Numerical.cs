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
        var xp = Shifted(x, i, h);
        var xm = Shifted(x, i, -h);
        // Divide by the distance actually stepped: x ± h is rounded, xp[i] − xm[i] is exact.
        return (f(xp) - f(xm)) / (xp[i] - xm[i]);
    }

    /// <summary>∇f(x) = (∂f/∂x_0, …, ∂f/∂x_{n−1}) by central differences.
    /// Exactly 2n evaluations of f for an x of length n.</summary>
    public static Vector<double> Gradient(Func<Vector<double>, double> f, Vector<double> x, double h) =>
        Vector<double>.Build.Dense(x.Count, i => PartialDerivative(f, x, i, h));

    /// <summary>The Jacobian of F: ℝⁿ → ℝᵐ at x, an m×n matrix whose row i is ∇F_i(x) and whose
    /// column j is ∂F/∂x_j (central differences). Exactly 2n evaluations of F.</summary>
    public static Matrix<double> Jacobian(Func<Vector<double>, Vector<double>> F, Vector<double> x, double h)
    {
        var m = F(x.Clone()).Count;
        var columns = new Vector<double>[x.Count];
        for (var j = 0; j < x.Count; j++)
        {
            var xp = Shifted(x, j, h);
            var xm = Shifted(x, j, -h);
            columns[j] = (F(xp) - F(xm)) / (xp[j] - xm[j]);
        }
        return Matrix<double>.Build.DenseOfColumnVectors(columns);
    }

    /// <summary>The Hessian of f at x, the n×n matrix of second partials ∂²f/∂x_i∂x_j, by finite
    /// differences with step h (about 1e-4 for inputs of size 1). The result must be exactly
    /// symmetric: H[i, j] == H[j, i].</summary>
    public static Matrix<double> Hessian(Func<Vector<double>, double> f, Vector<double> x, double h)
    {
        var n = x.Count;
        var hessian = Matrix<double>.Build.Dense(n, n);
        var f0 = f(x.Clone());
        for (var i = 0; i < n; i++)
        {
            // ∂²f/∂x_i² ≈ (f(x + h e_i) − 2 f(x) + f(x − h e_i)) / h²
            hessian[i, i] = (f(Shifted(x, i, h)) - 2 * f0 + f(Shifted(x, i, -h))) / (h * h);
            for (var j = i + 1; j < n; j++)
            {
                // ∂²f/∂x_i∂x_j ≈ (f(++) − f(+−) − f(−+) + f(−−)) / 4h², computed once, used twice.
                var mixed = (f(Shifted(x, i, h, j, h)) - f(Shifted(x, i, h, j, -h))
                             - f(Shifted(x, i, -h, j, h)) + f(Shifted(x, i, -h, j, -h))) / (4 * h * h);
                hessian[i, j] = mixed;
                hessian[j, i] = mixed;
            }
        }
        return hessian;
    }

    /// <summary>A copy of x with x[i] moved by di (the caller's x is never changed).</summary>
    private static Vector<double> Shifted(Vector<double> x, int i, double di)
    {
        var copy = x.Clone();
        copy[i] += di;
        return copy;
    }

    private static Vector<double> Shifted(Vector<double> x, int i, double di, int j, double dj)
    {
        var copy = x.Clone();
        copy[i] += di;
        copy[j] += dj;
        return copy;
    }
}
