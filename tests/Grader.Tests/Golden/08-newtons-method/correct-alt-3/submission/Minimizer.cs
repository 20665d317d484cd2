using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod;

public static class Minimizer
{
    public static Vector<double> NewtonStep(Vector<double> g, Matrix<double> H) => H.Solve(g).Negate();

    public static MinimizeResult Newton(Func<Vector<double>, Vector<double>> grad, Func<Vector<double>, Matrix<double>> hess,
        Vector<double> x0, double gradTol, int maxIter)
    {
        var points = new List<Vector<double>> { x0.Clone() };
        while (true)
        {
            var x = points[^1];
            var k = points.Count - 1;
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new MinimizeResult(x, k, true, MinimizeStatus.Converged, points);
            if (k == maxIter) return new MinimizeResult(x, k, false, MinimizeStatus.MaxIterations, points);
            var next = x + NewtonStep(g, hess(x));
            if (!next.Exists(v => double.IsNaN(v) || double.IsInfinity(v))) points.Add(next);
            else return new MinimizeResult(x, k, false, MinimizeStatus.StepFailed, points);
        }
    }
}
