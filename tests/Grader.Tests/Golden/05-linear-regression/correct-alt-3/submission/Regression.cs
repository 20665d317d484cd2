using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace LinearRegression;

public static class Regression
{
    // Straight from the README: m = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², c = ȳ − m·x̄.
    public static (double m, double c) FitLine(double[] x, double[] y)
    {
        double xbar = x.Average(), ybar = y.Average();
        double num = 0, den = 0;
        foreach (var (xi, yi) in x.Zip(y))
        {
            num += (xi - xbar) * (yi - ybar);
            den += (xi - xbar) * (xi - xbar);
        }
        double m = num / den;
        return (m, ybar - m * xbar);
    }

    public static double ChiSquared(double[] x, double[] y, double[] sigma, Func<double, double> model) =>
        Enumerable.Range(0, x.Length).Sum(i => Math.Pow((y[i] - model(x[i])) / sigma[i], 2));

    public static Matrix<double> PolynomialDesignMatrix(double[] x, int degree)
    {
        var phi = Matrix<double>.Build.Dense(x.Length, degree + 1);
        phi.SetColumn(0, Vector<double>.Build.Dense(x.Length, 1.0));
        for (int k = 1; k <= degree; k++)
            phi.SetColumn(k, phi.Column(k - 1).PointwiseMultiply(Vector<double>.Build.DenseOfArray(x)));
        return phi;
    }

    // Householder QR of Φ: never forms ΦᵀΦ.
    public static Vector<double> NormalEquations(Matrix<double> Phi, Vector<double> y) => Phi.QR().Solve(y);

    // (ΦᵀΦ + λI) θ = Φᵀy, by Cholesky; λ on the diagonal only, θ₀ included.
    public static Vector<double> Ridge(Matrix<double> Phi, Vector<double> y, double lambda)
    {
        var a = Phi.TransposeThisAndMultiply(Phi);
        for (int k = 0; k < a.RowCount; k++) a[k, k] += lambda;
        return a.Cholesky().Solve(Phi.TransposeThisAndMultiply(y));
    }

    public static Vector<double> FitByGradientDescent(Matrix<double> Phi, Vector<double> y, double gamma, int iters)
    {
        double n = Phi.RowCount;
        var theta = Vector<double>.Build.Dense(Phi.ColumnCount);
        var phiT = Phi.Transpose();
        for (int step = 1; step <= iters; step++)
        {
            var residual = Phi * theta - y;
            theta = theta - gamma * (2 / n) * (phiT * residual);
        }
        return theta;
    }
}
