using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class Pca
{
    public static StationaryPoint LeadingDirection(Matrix<double> covariance, double tol, int maxIter)
    {
        var n = covariance.RowCount;
        var w = Vector<double>.Build.Dense(n, i => i + 1.0);
        w = w / w.L2Norm();
        var iterations = 0;
        while (true)
        {
            var sw = covariance * w;
            var lambda = w.DotProduct(sw);
            var converged = (sw - lambda * w).L2Norm() <= tol;
            if (converged || iterations == maxIter) return new StationaryPoint(w, lambda, iterations, converged);
            // Two multiplications per step: Σ²'s eigenvalues are the squares, so the gap widens.
            var s2w = covariance * sw;
            var norm = s2w.L2Norm();
            if (norm == 0) return new StationaryPoint(w, lambda, iterations, false);
            w = s2w / norm;
            iterations++;
        }
    }
}
