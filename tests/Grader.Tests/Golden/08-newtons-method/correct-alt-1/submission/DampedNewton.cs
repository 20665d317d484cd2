using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod;

public static class DampedNewton
{
    public const double ArmijoC = 1e-4;
    public const int MaxHalvings = 60;

    public static MinimizeResult Minimize(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Func<Vector<double>, Matrix<double>> hess, Vector<double> x0, double gradTol, int maxIter)
    {
        var path = new List<Vector<double>>();
        var x = x0.Clone();
        path.Add(x);
        for (int k = 0; k <= maxIter; k++)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new MinimizeResult(x, k, true, MinimizeStatus.Converged, path);
            if (k == maxIter) break;
            var h = hess(x);
            // Positive definite when every eigenvalue of the symmetric H is positive.
            var eig = h.Evd(Symmetricity.Symmetric).EigenValues;
            bool pd = true;
            foreach (var e in eig) if (!(e.Real > 0)) pd = false;
            var p = pd ? h.LU().Solve(-g) : -g;
            double fx = f(x), slope = g * p;
            double alpha = 1;
            int halvings = 0;
            while (!(f(x + alpha * p) <= fx + ArmijoC * alpha * slope))
            {
                if (halvings == MaxHalvings) return new MinimizeResult(x, k, false, MinimizeStatus.StepFailed, path);
                alpha *= 0.5;
                halvings++;
            }
            x = x + alpha * p;
            path.Add(x);
        }
        return new MinimizeResult(x, maxIter, false, MinimizeStatus.MaxIterations, path);
    }
}
