using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod;

public static class DampedNewton
{
    public const double ArmijoC = 1e-4;
    public const int MaxHalvings = 60;

    public static MinimizeResult Minimize(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Func<Vector<double>, Matrix<double>> hess, Vector<double> x0, double gradTol, int maxIter)
    {
        var points = new List<Vector<double>> { x0.Clone() };
        while (true)
        {
            var x = points[^1];
            var k = points.Count - 1;
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new MinimizeResult(x, k, true, MinimizeStatus.Converged, points);
            if (k == maxIter) return new MinimizeResult(x, k, false, MinimizeStatus.MaxIterations, points);
            var p = ShiftedNewtonStep(g, hess(x));
            var fx = f(x);
            var decrease = ArmijoC * g.DotProduct(p);
            var alpha = 1.0;
            var tries = 0;
            while (!(f(x + alpha * p) <= fx + alpha * decrease) && tries < MaxHalvings)
            {
                alpha /= 2;
                tries++;
            }
            if (!(f(x + alpha * p) <= fx + alpha * decrease)) return new MinimizeResult(x, k, false, MinimizeStatus.StepFailed, points);
            points.Add(x + alpha * p);
        }
    }

    /// <summary>Modified Newton: when H is not positive definite, shift it by τI so that its
    /// smallest eigenvalue becomes a small positive number, then solve. τ = 0 when H is fine.</summary>
    private static Vector<double> ShiftedNewtonStep(Vector<double> g, Matrix<double> h)
    {
        var eigenvalues = h.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).ToArray();
        var smallest = eigenvalues.Min();
        var floor = 1e-3 * Math.Max(1, eigenvalues.Max(Math.Abs));
        var tau = smallest > 0 ? 0 : floor - smallest;
        var shifted = h + tau * Matrix<double>.Build.DenseIdentity(h.RowCount);
        var p = shifted.Cholesky().Solve(-g);
        return p.All(double.IsFinite) ? p : -g;
    }
}
