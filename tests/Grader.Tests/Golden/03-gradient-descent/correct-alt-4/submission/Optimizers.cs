using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent;

public static class Optimizers
{
    public static OptimizeResult GradientDescent(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double gamma, int maxIter, double gradTol)
    {
        var x = x0.Clone();
        var history = new List<double> { f(x) };
        double limit = history[0] + 1e6 * (1 + Math.Abs(history[0]));
        for (int k = 0; k <= maxIter; k++)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new OptimizeResult(x, k, true, false, history);
            if (k == maxIter) break;
            var next = Steps.GradientDescentStep(x, g, gamma);
            if (!Accept(f, next, limit, out double fn)) return new OptimizeResult(x, k, false, true, history);
            x = next;
            history.Add(fn);
        }
        return new OptimizeResult(x, maxIter, false, false, history);
    }

    public static OptimizeResult Momentum(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double gamma, double beta, int maxIter, double gradTol)
    {
        var x = x0.Clone();
        var v = Vector<double>.Build.Dense(x.Count, 0.0);
        var history = new List<double> { f(x) };
        double limit = history[0] + 1e6 * (1 + Math.Abs(history[0]));
        for (int k = 0; k <= maxIter; k++)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new OptimizeResult(x, k, true, false, history);
            if (k == maxIter) break;
            var (next, vNext) = Steps.MomentumStep(x, v, g, gamma, beta);
            if (!Accept(f, next, limit, out double fn)) return new OptimizeResult(x, k, false, true, history);
            x = next;
            v = vNext;
            history.Add(fn);
        }
        return new OptimizeResult(x, maxIter, false, false, history);
    }

    public static OptimizeResult Backtracking(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double alpha0, int maxIter, double gradTol)
    {
        var x = x0.Clone();
        var history = new List<double> { f(x) };
        double limit = history[0] + 1e6 * (1 + Math.Abs(history[0]));
        for (int k = 0; k <= maxIter; k++)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new OptimizeResult(x, k, true, false, history);
            if (k == maxIter) break;
            var alpha = Steps.BacktrackingStep(f, x, g, alpha0);
            var next = x - alpha * g;
            if (!Accept(f, next, limit, out double fn)) return new OptimizeResult(x, k, false, true, history);
            x = next;
            history.Add(fn);
        }
        return new OptimizeResult(x, maxIter, false, false, history);
    }

    // the README's divergence rule
    private static bool Accept(Func<Vector<double>, double> f, Vector<double> p, double limit, out double fp)
    {
        fp = double.NaN;
        foreach (var c in p)
            if (!double.IsFinite(c)) return false;
        fp = f(p);
        return double.IsFinite(fp) && fp <= limit;
    }
}
