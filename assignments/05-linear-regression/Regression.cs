using MathNet.Numerics.LinearAlgebra;

namespace LinearRegression;

/// <summary>Linear least squares: the straight-line fit, χ², polynomial design matrices, the normal
/// equations, ridge regression and gradient descent on the mean squared error.</summary>
public static class Regression
{
    /// <summary>The least-squares line y ≈ m·x + c, returned slope first: (m, c).
    /// m = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², c = ȳ − m·x̄.</summary>
    public static (double m, double c) FitLine(double[] x, double[] y)
    {
        throw new NotImplementedException();
    }

    /// <summary>χ² = Σᵢ ((yᵢ − model(xᵢ)) / σᵢ)².</summary>
    public static double ChiSquared(double[] x, double[] y, double[] sigma, Func<double, double> model)
    {
        throw new NotImplementedException();
    }

    /// <summary>The N×(degree + 1) design matrix of a polynomial: Φ[i, k] = xᵢᵏ, so column 0 is
    /// all ones (the constant term) and column k holds the k-th powers.</summary>
    public static Matrix<double> PolynomialDesignMatrix(double[] x, int degree)
    {
        throw new NotImplementedException();
    }

    /// <summary>The least-squares coefficients θ minimising ‖Φθ − y‖², i.e. the solution of the
    /// normal equations ΦᵀΦ θ = Φᵀy.</summary>
    public static Vector<double> NormalEquations(Matrix<double> Phi, Vector<double> y)
    {
        throw new NotImplementedException();
    }

    /// <summary>Ridge regression: θ solving (ΦᵀΦ + λI) θ = Φᵀy, which minimises
    /// ‖Φθ − y‖² + λ‖θ‖² (every coefficient is penalised, the constant term too).</summary>
    public static Vector<double> Ridge(Matrix<double> Phi, Vector<double> y, double lambda)
    {
        throw new NotImplementedException();
    }

    /// <summary>Gradient descent on the mean squared error L(θ) = (1/N)‖Φθ − y‖²: start from θ = 0
    /// and take exactly <paramref name="iters"/> steps θ ← θ − γ·(2/N)·Φᵀ(Φθ − y).</summary>
    public static Vector<double> FitByGradientDescent(Matrix<double> Phi, Vector<double> y, double gamma, int iters)
    {
        throw new NotImplementedException();
    }
}
