using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class Pca
{
    public static StationaryPoint LeadingDirection(Matrix<double> covariance, double tol, int maxIter)
    {
        var n = covariance.RowCount;
        var rng = new Random(1);
        var w = Vector<double>.Build.Dense(n, _ => rng.NextDouble());
        w /= w.L2Norm();
        var lambda = 0.0;
        for (var k = 0; ; k++)
        {
            var sw = covariance * w;
            if ((sw - lambda * w).L2Norm() <= tol) return new StationaryPoint(w, lambda, k, true);
            if (k == maxIter) return new StationaryPoint(w, lambda, k, false);
            lambda = sw.L2Norm();   // eigenvalue estimate: the growth factor
            if (lambda == 0) return new StationaryPoint(w, 0, k, false);
            w = sw / lambda;
        }
    }
}
