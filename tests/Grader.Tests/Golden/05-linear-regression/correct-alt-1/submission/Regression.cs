using MathNet.Numerics.LinearAlgebra;

namespace LinearRegression;

public static class Regression
{
    // The course's linfit: m = Σ(x − x̄)·y / Σ(x − x̄)², c = ȳ − m·x̄.
    public static (double m, double c) FitLine(double[] x, double[] y)
    {
        var xbar = x.Average();
        var ybar = y.Average();
        var m = x.Zip(y, (xi, yi) => (xi - xbar) * yi).Sum() / x.Sum(xi => (xi - xbar) * (xi - xbar));
        var c = ybar - m * xbar;
        return (m, c);
    }

    public static double ChiSquared(double[] x, double[] y, double[] sigma, Func<double, double> model) =>
        x.Select((xi, i) => Math.Pow((y[i] - model(xi)) / sigma[i], 2)).Sum();

    public static Matrix<double> PolynomialDesignMatrix(double[] x, int degree) =>
        Matrix<double>.Build.Dense(x.Length, degree + 1, (i, k) => Math.Pow(x[i], k));

    // Cholesky of the normal equations ΦᵀΦ θ = Φᵀy.
    public static Vector<double> NormalEquations(Matrix<double> Phi, Vector<double> y)
    {
        var a = Phi.Transpose() * Phi;
        var b = Phi.Transpose() * y;
        return a.Cholesky().Solve(b);
    }

    public static Vector<double> Ridge(Matrix<double> Phi, Vector<double> y, double lambda)
    {
        var a = Phi.Transpose() * Phi;
        for (var i = 0; i < a.RowCount; i++) a[i, i] += lambda;
        return a.Cholesky().Solve(Phi.Transpose() * y);
    }

    // Precompute ΦᵀΦ and Φᵀy once: the gradient is (2/N)(ΦᵀΦθ − Φᵀy).
    public static Vector<double> FitByGradientDescent(Matrix<double> Phi, Vector<double> y, double gamma, int iters)
    {
        var n = (double)Phi.RowCount;
        var a = Phi.Transpose() * Phi;
        var b = Phi.Transpose() * y;
        var theta = Vector<double>.Build.Dense(Phi.ColumnCount, 0.0);
        for (var k = 0; k < iters; k++)
            theta = theta - gamma * (2 / n) * (a * theta - b);
        return theta;
    }
}
