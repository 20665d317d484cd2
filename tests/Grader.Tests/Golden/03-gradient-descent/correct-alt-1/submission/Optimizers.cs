using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent;

public static class Optimizers
{
    public const double GrowthLimit = 1e6;

    public static OptimizeResult GradientDescent(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double gamma, int maxIter, double gradTol)
    {
        var x = x0.Clone();
        var history = new List<double>();
        history.Add(f(x));
        var threshold = history[0] + GrowthLimit * (1 + Math.Abs(history[0]));
        var k = 0;
        while (true)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new OptimizeResult(x, k, true, false, history);
            if (k >= maxIter) return new OptimizeResult(x, k, false, false, history);
            var next = Steps.GradientDescentStep(x, g, gamma);
            if (!IsFinite(next)) return new OptimizeResult(x, k, false, true, history);
            var fNext = f(next);
            if (double.IsNaN(fNext) || double.IsInfinity(fNext) || fNext > threshold) return new OptimizeResult(x, k, false, true, history);
            x = next;
            history.Add(fNext);
            k++;
        }
    }

    public static OptimizeResult Momentum(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double gamma, double beta, int maxIter, double gradTol)
    {
        var x = x0.Clone();
        var v = Vector<double>.Build.Dense(x0.Count);
        var f0 = f(x);
        var history = new List<double> { f0 };
        var threshold = f0 + GrowthLimit * (1 + Math.Abs(f0));
        var k = 0;
        while (true)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new OptimizeResult(x, k, true, false, history);
            if (k >= maxIter) return new OptimizeResult(x, k, false, false, history);
            var (next, nextV) = Steps.MomentumStep(x, v, g, gamma, beta);
            var fNext = IsFinite(next) ? f(next) : double.NaN;
            if (!double.IsFinite(fNext) || fNext > threshold) return new OptimizeResult(x, k, false, true, history);
            x = next;
            v = nextV;
            history.Add(fNext);
            k++;
        }
    }

    public static OptimizeResult Backtracking(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double alpha0, int maxIter, double gradTol)
    {
        var x = x0.Clone();
        var f0 = f(x);
        var history = new List<double> { f0 };
        var threshold = f0 + GrowthLimit * (1 + Math.Abs(f0));
        for (var k = 0; ; k++)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new OptimizeResult(x, k, true, false, history);
            if (k == maxIter) return new OptimizeResult(x, k, false, false, history);
            var alpha = Steps.BacktrackingStep(f, x, g, alpha0);
            var next = Steps.GradientDescentStep(x, g, alpha);
            var fNext = IsFinite(next) ? f(next) : double.NaN;
            if (!double.IsFinite(fNext) || fNext > threshold) return new OptimizeResult(x, k, false, true, history);
            x = next;
            history.Add(fNext);
        }
    }

    private static bool IsFinite(Vector<double> v)
    {
        for (var i = 0; i < v.Count; i++)
            if (!double.IsFinite(v[i])) return false;
        return true;
    }
}
