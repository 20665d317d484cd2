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
        var iterates = new List<Vector<double>> { x };
        for (var k = 0; ; k++)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new MinimizeResult(x, k, true, MinimizeStatus.Converged, iterates);
            if (k == maxIter) return new MinimizeResult(x, k, false, MinimizeStatus.MaxIterations, iterates);
            Vector<double> p;
            try { p = hess(x).Cholesky().Solve(-g); } catch (ArgumentException) { p = -g; }
            double fx = f(x), slope = g.DotProduct(p), alpha = 1;
            int halvings = 0;
            while (f(x + alpha * p) > fx + ArmijoC * alpha * slope)
            {
                if (halvings == MaxHalvings) return new MinimizeResult(x, k, false, MinimizeStatus.StepFailed, iterates);
                alpha /= 2;
                halvings++;
            }
            x = x + alpha * p;
            iterates.Add(x);
        }
    }
}
