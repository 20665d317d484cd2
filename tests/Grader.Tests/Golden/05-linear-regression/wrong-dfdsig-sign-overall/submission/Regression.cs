using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace LinearRegression;

/// <summary>Linear least squares: the straight-line fit, χ², polynomial design matrices, the normal
/// equations, ridge regression and gradient descent on the mean squared error.</summary>
public static class Regression
{
    /// <summary>The least-squares line y ≈ m·x + c, returned slope first: (m, c).
    /// m = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², c = ȳ − m·x̄.</summary>
    public static (double m, double c) FitLine(double[] x, double[] y)
    {
        var n = x.Length;
        double xBar = 0, yBar = 0;
        for (var i = 0; i < n; i++) { xBar += x[i]; yBar += y[i]; }
        xBar /= n;
        yBar /= n;

        // Centring both x and y before multiplying keeps the sums free of cancellation.
        double sxy = 0, sxx = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - xBar;
            sxy += dx * (y[i] - yBar);
            sxx += dx * dx;
        }
        var m = sxy / sxx;
        return (m, yBar - m * xBar);
    }

    /// <summary>χ² = Σᵢ ((yᵢ − model(xᵢ)) / σᵢ)².</summary>
    public static double ChiSquared(double[] x, double[] y, double[] sigma, Func<double, double> model)
    {
        var chi2 = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var r = (y[i] - model(x[i])) / sigma[i];
            chi2 += r * r;
        }
        return chi2;
    }

    /// <summary>The N×(degree + 1) design matrix of a polynomial: Φ[i, k] = xᵢᵏ, so column 0 is
    /// all ones (the constant term) and column k holds the k-th powers.</summary>
    public static Matrix<double> PolynomialDesignMatrix(double[] x, int degree)
    {
        var phi = Matrix<double>.Build.Dense(x.Length, degree + 1);
        for (var i = 0; i < x.Length; i++)
        {
            var power = 1.0;
            for (var k = 0; k <= degree; k++)
            {
                phi[i, k] = power;
                power *= x[i];
            }
        }
        return phi;
    }

    /// <summary>The least-squares coefficients θ minimising ‖Φθ − y‖², i.e. the solution of the
    /// normal equations ΦᵀΦ θ = Φᵀy.</summary>
    public static Vector<double> NormalEquations(Matrix<double> Phi, Vector<double> y) =>
        // QR of Φ itself never forms ΦᵀΦ, whose condition number is κ(Φ)²: of the stable methods it
        // loses the fewest digits. Cholesky of ΦᵀΦ also passes; an explicit inverse does not.
        Phi.QR(QRMethod.Thin).Solve(y);

    /// <summary>Ridge regression: θ solving (ΦᵀΦ + λI) θ = Φᵀy, which minimises
    /// ‖Φθ − y‖² + λ‖θ‖² (every coefficient is penalised, the constant term too).</summary>
    public static Vector<double> Ridge(Matrix<double> Phi, Vector<double> y, double lambda)
    {
        // ‖Φθ − y‖² + λ‖θ‖² = ‖[Φ; √λ I] θ − [y; 0]‖²: ordinary least squares on an augmented
        // system, solved by QR like the normal equations above.
        var p = Phi.ColumnCount;
        var augmented = Phi.Stack(Matrix<double>.Build.DenseIdentity(p) * Math.Sqrt(lambda));
        var target = Vector<double>.Build.Dense(Phi.RowCount + p);
        target.SetSubVector(0, Phi.RowCount, y);
        return augmented.QR(QRMethod.Thin).Solve(target);
    }

    /// <summary>Gradient descent on the mean squared error L(θ) = (1/N)‖Φθ − y‖²: start from θ = 0
    /// and take exactly <paramref name="iters"/> steps θ ← θ − γ·(2/N)·Φᵀ(Φθ − y).</summary>
    public static Vector<double> FitByGradientDescent(Matrix<double> Phi, Vector<double> y, double gamma, int iters)
    {
        var n = Phi.RowCount;
        var theta = Vector<double>.Build.Dense(Phi.ColumnCount);
        for (var k = 0; k < iters; k++)
        {
            var gradient = Phi.TransposeThisAndMultiply(Phi * theta - y) * (2.0 / n);
            theta -= gamma * gradient;
        }
        return theta;
    }
}
