using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

/// <summary>Principal component analysis as a constrained problem: maximise wᵀΣw subject to ‖w‖ = 1.</summary>
public static class Pca
{
    /// <summary>The leading principal direction of a covariance matrix Σ (symmetric, positive
    /// semi-definite): Point = the unit vector w that maximises wᵀΣw (either sign), Lambda = its
    /// multiplier λ = wᵀΣw (the largest eigenvalue: Σw = λw). Converged when ‖Σw − λw‖ ≤ tol,
    /// at most maxIter steps. Never changes covariance.</summary>
    public static StationaryPoint LeadingDirection(Matrix<double> covariance, double tol, int maxIter)
    {
        // Power iteration: w ← Σw/‖Σw‖ keeps the component along the largest eigenvalue growing
        // fastest. (1, …, 1)/√n is not a coordinate axis, so a diagonal Σ does not trap it (but it is
        // an eigenvector whenever Σ's rows have equal sums: the mistake this case shows).
        var n = covariance.RowCount;
        var w = Vector<double>.Build.Dense(n, 1 / Math.Sqrt(n));
        for (var k = 0; ; k++)
        {
            var sw = covariance * w;
            var lambda = w.DotProduct(sw);
            if ((sw - lambda * w).L2Norm() <= tol) return new StationaryPoint(w, lambda, k, true);
            if (k == maxIter || sw.L2Norm() == 0) return new StationaryPoint(w, lambda, k, false);
            w = sw / sw.L2Norm();
        }
    }
}
