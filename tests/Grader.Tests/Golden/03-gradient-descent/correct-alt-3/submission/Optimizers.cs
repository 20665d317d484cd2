using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent;

public static class Optimizers
{
    public static OptimizeResult GradientDescent(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double gamma, int maxIter, double gradTol)
    {
        return Loop(f, grad, x0, maxIter, gradTol, (x, g) => Steps.GradientDescentStep(x, g, gamma));
    }

    public static OptimizeResult Momentum(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double gamma, double beta, int maxIter, double gradTol)
    {
        Vector<double> velocity = Vector<double>.Build.Dense(x0.Count);
        return Loop(f, grad, x0, maxIter, gradTol, (x, g) =>
        {
            var result = Steps.MomentumStep(x, velocity, g, gamma, beta);
            velocity = result.V;
            return result.X;
        });
    }

    public static OptimizeResult Backtracking(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double alpha0, int maxIter, double gradTol)
    {
        return Loop(f, grad, x0, maxIter, gradTol, (x, g) =>
        {
            double alpha = Steps.BacktrackingStep(f, x, g, alpha0);
            return x - alpha * g;
        });
    }

    private static OptimizeResult Loop(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, int maxIter, double gradTol, Func<Vector<double>, Vector<double>, Vector<double>> step)
    {
        Vector<double> x = x0.Clone();
        double fStart = f(x);
        double threshold = fStart + 1e6 * (1 + Math.Abs(fStart));
        var history = new List<double> { fStart };
        int k = 0;
        while (true)
        {
            Vector<double> g = grad(x);
            if (g.L2Norm() <= gradTol) return new OptimizeResult(x, k, true, false, history);
            if (k == maxIter) return new OptimizeResult(x, k, false, false, history);
            Vector<double> candidate = step(x, g);
            bool bad = candidate.Any(v => !double.IsFinite(v));
            double fc = bad ? double.NaN : f(candidate);
            if (bad || double.IsNaN(fc) || double.IsInfinity(fc) || fc > threshold)
                return new OptimizeResult(x, k, false, true, history);
            x = candidate;
            history.Add(fc);
            k++;
        }
    }
}
