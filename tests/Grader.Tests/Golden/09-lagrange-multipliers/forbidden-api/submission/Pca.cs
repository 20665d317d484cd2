using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class Pca
{
    public static StationaryPoint LeadingDirection(Matrix<double> covariance, double tol, int maxIter)
    {
        var evd = covariance.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(v => v.Real).ToArray();
        var i = Array.IndexOf(values, values.Max());
        return new StationaryPoint(evd.EigenVectors.Column(i), values[i], 0, true);
    }
}
