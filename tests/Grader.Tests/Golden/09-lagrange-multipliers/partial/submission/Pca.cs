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
        throw new NotImplementedException();
    }
}
