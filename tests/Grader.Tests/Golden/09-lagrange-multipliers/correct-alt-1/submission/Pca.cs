using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class Pca
{
    public static StationaryPoint LeadingDirection(Matrix<double> covariance, double tol, int maxIter)
    {
        int n = covariance.RowCount;
        // Random start (fixed seed): (1, ..., 1) is an eigenvector when the rows have equal sums.
        var rng = new Random(2024);
        var w = new double[n];
        double start = 0;
        for (int i = 0; i < n; i++) { w[i] = rng.NextDouble(); start += w[i] * w[i]; }
        for (int i = 0; i < n; i++) w[i] /= Math.Sqrt(start);
        for (int it = 0; ; it++)
        {
            var sw = new double[n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    sw[i] += covariance[i, j] * w[j];
            double lambda = 0;
            for (int i = 0; i < n; i++) lambda += w[i] * sw[i];
            double res = 0;
            for (int i = 0; i < n; i++) res += (sw[i] - lambda * w[i]) * (sw[i] - lambda * w[i]);
            if (Math.Sqrt(res) <= tol) return new StationaryPoint(Vector<double>.Build.DenseOfArray(w), lambda, it, true);
            double norm = 0;
            for (int i = 0; i < n; i++) norm += sw[i] * sw[i];
            norm = Math.Sqrt(norm);
            if (it == maxIter || norm == 0) return new StationaryPoint(Vector<double>.Build.DenseOfArray(w), lambda, it, false);
            for (int i = 0; i < n; i++) w[i] = sw[i] / norm;
        }
    }
}
