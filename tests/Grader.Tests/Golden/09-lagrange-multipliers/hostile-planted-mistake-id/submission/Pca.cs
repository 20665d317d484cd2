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
        // fastest, but only if the start has one. A structured start can be an eigenvector of a
        // smaller eigenvalue and never move: a coordinate axis for a diagonal Σ, (1, …, 1)/√n when
        // Σ's rows have equal sums. A fixed pseudo-random start is tied to no structure (it misses
        // the leading direction only for Σ built against these very numbers), and the seed keeps
        // every run the same.
        var n = covariance.RowCount;
        var rng = new Random(1);
        var w = Vector<double>.Build.Dense(n, _ => rng.NextDouble());
        w /= w.L2Norm();
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
