using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class LagrangeNewton
{
    public static StationaryPoint Solve(ConstrainedProblem problem, Vector<double> start, double tol, int maxIter)
    {
        var z = start.Clone();
        for (var k = 0; k <= maxIter; k++)
        {
            var r = Lagrangian.Gradient(problem, z);
            if (r.L2Norm() <= tol) return At(z, k, true);
            if (k == maxIter) break;
            Vector<double> s;
            try
            {
                s = Lagrangian.Hessian(problem, z).QR().Solve(-r);
            }
            catch (ArgumentException)
            {
                return At(z, k, false);
            }
            if (s.Any(v => !double.IsFinite(v))) return At(z, k, false);
            z = z + s;
        }
        return At(z, maxIter, false);
    }

    private static StationaryPoint At(Vector<double> z, int k, bool converged) =>
        new(z.SubVector(0, z.Count - 1), z[z.Count - 1], k, converged);
}
