using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod;

public static class Minimizer
{
    public static Vector<double> NewtonStep(Vector<double> g, Matrix<double> H) => H.LU().Solve(g.Negate());

    public static MinimizeResult Newton(Func<Vector<double>, Vector<double>> grad, Func<Vector<double>, Matrix<double>> hess,
        Vector<double> x0, double gradTol, int maxIter)
    {
        var x = x0.Clone();
        var trail = new List<Vector<double>> { x };
        var k = 0;
        var g = grad(x);
        while (g.L2Norm() > gradTol)
        {
            if (k == maxIter) return new MinimizeResult(x, k, false, MinimizeStatus.MaxIterations, trail);
            var candidate = x + NewtonStep(g, hess(x));
            if (candidate.Any(v => !double.IsFinite(v))) return new MinimizeResult(x, k, false, MinimizeStatus.StepFailed, trail);
            x = candidate;
            trail.Add(x);
            k++;
            g = grad(x);
        }
        return new MinimizeResult(x, k, true, MinimizeStatus.Converged, trail);
    }
}
