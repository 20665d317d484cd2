using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod;

public static class DampedNewton
{
    public const double ArmijoC = 1e-4;
    public const int MaxHalvings = 60;

    public static MinimizeResult Minimize(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Func<Vector<double>, Matrix<double>> hess, Vector<double> x0, double gradTol, int maxIter)
    {
        var x = x0.Clone();
        var trail = new List<Vector<double>> { x };
        for (var k = 0; ; k++)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new MinimizeResult(x, k, true, MinimizeStatus.Converged, trail);
            if (k == maxIter) return new MinimizeResult(x, k, false, MinimizeStatus.MaxIterations, trail);
            var p = DescentDirection(g, hess(x));
            var fx = f(x);
            var slope = g.DotProduct(p);
            var current = x;
            var accepted = Enumerable.Range(0, MaxHalvings + 1)
                .Select(j => Math.Pow(0.5, j))
                .Select(alpha => (alpha, point: current + alpha * p))
                .Where(t => f(t.point) <= fx + ArmijoC * t.alpha * slope)
                .Select(t => t.point)
                .FirstOrDefault();
            if (accepted is null) return new MinimizeResult(x, k, false, MinimizeStatus.StepFailed, trail);
            x = accepted;
            trail.Add(x);
        }
    }

    private static Vector<double> DescentDirection(Vector<double> g, Matrix<double> h)
    {
        Vector<double> newton;
        try
        {
            newton = h.Cholesky().Solve(-g);
        }
        catch (ArgumentException)
        {
            return -g;
        }
        return newton.All(double.IsFinite) && g.DotProduct(newton) < 0 ? newton : -g;
    }
}
