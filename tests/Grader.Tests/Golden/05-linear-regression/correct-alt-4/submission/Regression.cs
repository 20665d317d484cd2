using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace LinearRegression;

public static class Regression
{
    // The course's linfit: m = Σ(x − x̄)·y / Σ(x − x̄)², then c from the means.
    public static (double m, double c) FitLine(double[] x, double[] y)
    {
        int n = x.Length;
        double sx = 0, sy = 0;
        for (int i = 0; i < n; i++) { sx += x[i]; sy += y[i]; }
        double xbar = sx / n, ybar = sy / n;
        double top = 0, bottom = 0;
        for (int i = 0; i < n; i++)
        {
            top += (x[i] - xbar) * y[i];
            bottom += (x[i] - xbar) * (x[i] - xbar);
        }
        var m = top / bottom;
        var c = ybar - m * xbar;
        return (m, c);
    }

    public static double ChiSquared(double[] x, double[] y, double[] sigma, Func<double, double> model)
    {
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            var r = y[i] - model(x[i]);
            total += r * r / (sigma[i] * sigma[i]);
        }
        return total;
    }

    public static Matrix<double> PolynomialDesignMatrix(double[] x, int degree) =>
        Matrix<double>.Build.Dense(x.Length, degree + 1, (i, k) =>
        {
            double p = 1;
            for (int j = 0; j < k; j++) p *= x[i];
            return p;
        });

    // Cholesky of the normal equations (stable enough: the residual stays orthogonal).
    public static Vector<double> NormalEquations(Matrix<double> Phi, Vector<double> y) =>
        Phi.TransposeThisAndMultiply(Phi).Cholesky().Solve(Phi.TransposeThisAndMultiply(y));

    // Ridge as least squares on [Φ; √λ I] θ ≈ [y; 0], thin QR.
    public static Vector<double> Ridge(Matrix<double> Phi, Vector<double> y, double lambda)
    {
        int n = Phi.RowCount, p = Phi.ColumnCount;
        var a = Matrix<double>.Build.Dense(n + p, p);
        a.SetSubMatrix(0, 0, Phi);
        for (int k = 0; k < p; k++) a[n + k, k] = Math.Sqrt(lambda);
        var b = Vector<double>.Build.Dense(n + p);
        for (int i = 0; i < n; i++) b[i] = y[i];
        return a.QR(QRMethod.Thin).Solve(b);
    }

    public static Vector<double> FitByGradientDescent(Matrix<double> Phi, Vector<double> y, double gamma, int iters)
    {
        var theta = Vector<double>.Build.Dense(Phi.ColumnCount, 0.0);
        var scale = 2.0 * gamma / Phi.RowCount;
        int done = 0;
        while (done < iters)
        {
            var grad = Phi.Transpose() * (Phi * theta - y);
            theta.Subtract(grad.Multiply(scale), theta);
            done++;
        }
        return theta;
    }
}
