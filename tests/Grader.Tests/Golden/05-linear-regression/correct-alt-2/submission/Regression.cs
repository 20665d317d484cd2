using MathNet.Numerics.LinearAlgebra;

namespace LinearRegression;

public static class Regression
{
    // Least squares on the design [1, x] by QR: θ = (c, m), returned as (m, c).
    public static (double m, double c) FitLine(double[] x, double[] y)
    {
        var design = Matrix<double>.Build.Dense(x.Length, 2, (i, k) => k == 0 ? 1.0 : x[i]);
        var theta = design.QR().Solve(Vector<double>.Build.DenseOfArray(y));
        return (theta[1], theta[0]);
    }

    public static double ChiSquared(double[] x, double[] y, double[] sigma, Func<double, double> model)
    {
        var v = Vector<double>.Build;
        var r = (v.DenseOfArray(y) - v.Dense(x.Length, i => model(x[i]))).PointwiseDivide(v.DenseOfArray(sigma));
        return r.DotProduct(r);
    }

    // Column k = column k−1 ⊙ x.
    public static Matrix<double> PolynomialDesignMatrix(double[] x, int degree)
    {
        var xs = Vector<double>.Build.DenseOfArray(x);
        var columns = new List<Vector<double>> { Vector<double>.Build.Dense(x.Length, 1.0) };
        for (var k = 1; k <= degree; k++) columns.Add(columns[k - 1].PointwiseMultiply(xs));
        return Matrix<double>.Build.DenseOfColumnVectors(columns);
    }

    public static Vector<double> NormalEquations(Matrix<double> Phi, Vector<double> y) => Phi.Svd(true).Solve(y);

    // With Φ = U S Vᵀ (thin): θ = V · diag(s / (s² + λ)) · Uᵀ y.
    public static Vector<double> Ridge(Matrix<double> Phi, Vector<double> y, double lambda)
    {
        var svd = Phi.Svd(true);
        var p = Phi.ColumnCount;
        var uty = svd.U.SubMatrix(0, Phi.RowCount, 0, p).TransposeThisAndMultiply(y);
        var scaled = Vector<double>.Build.Dense(p, j => svd.S[j] / (svd.S[j] * svd.S[j] + lambda) * uty[j]);
        return svd.VT.TransposeThisAndMultiply(scaled);
    }

    public static Vector<double> FitByGradientDescent(Matrix<double> Phi, Vector<double> y, double gamma, int iters)
    {
        int n = Phi.RowCount, p = Phi.ColumnCount;
        var theta = new double[p];
        var residual = new double[n];
        for (var step = 0; step < iters; step++)
        {
            for (var i = 0; i < n; i++)
            {
                var prediction = 0.0;
                for (var j = 0; j < p; j++) prediction += Phi[i, j] * theta[j];
                residual[i] = prediction - y[i];
            }
            for (var j = 0; j < p; j++)
            {
                var g = 0.0;
                for (var i = 0; i < n; i++) g += Phi[i, j] * residual[i];
                theta[j] -= gamma * 2 * g / n;
            }
        }
        return Vector<double>.Build.DenseOfArray(theta);
    }
}
