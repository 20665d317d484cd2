using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent;

public static class Optimizers
{
    public const double GrowthLimit = 1e6;

    public static OptimizeResult GradientDescent(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double gamma, int maxIter, double gradTol) =>
        new Descent(f, grad, x0).Run(maxIter, gradTol, (x, g) => x - gamma * g);

    public static OptimizeResult Momentum(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double gamma, double beta, int maxIter, double gradTol)
    {
        Vector<double> velocity = Vector<double>.Build.Dense(x0.Count, 0.0);
        return new Descent(f, grad, x0).Run(maxIter, gradTol, (x, g) =>
        {
            velocity = beta * velocity - gamma * g;
            return x + velocity;
        });
    }

    public static OptimizeResult Backtracking(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double alpha0, int maxIter, double gradTol) =>
        new Descent(f, grad, x0).Run(maxIter, gradTol, (x, g) => x - Steps.BacktrackingStep(f, x, g, alpha0, 0.5, 1e-4) * g);

    private sealed class Descent(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad, Vector<double> x0)
    {
        public OptimizeResult Run(int maxIter, double gradTol, Func<Vector<double>, Vector<double>, Vector<double>> step)
        {
            var values = new List<double>(Math.Min(maxIter, 100_000) + 1);
            var current = Vector<double>.Build.DenseOfVector(x0);
            var start = f(current);
            values.Add(start);
            var ceiling = start + GrowthLimit * (1 + Math.Abs(start));
            var taken = 0;
            var converged = false;
            var diverged = false;
            while (true)
            {
                if (grad(current).L2Norm() <= gradTol) { converged = true; break; }
                if (taken == maxIter) break;
                var candidate = step(current, grad(current));
                var value = candidate.All(double.IsFinite) ? f(candidate) : double.PositiveInfinity;
                if (!(value <= ceiling) || double.IsInfinity(value)) { diverged = true; break; }
                current = candidate;
                values.Add(value);
                taken++;
            }
            return new OptimizeResult(current, taken, converged, diverged, values.ToArray());
        }
    }
}
