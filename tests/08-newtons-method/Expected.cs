using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod.HiddenTests;

/// <summary>The tests' own implementation of the README's algorithms (and of the catalogued
/// mistakes' variants, to name a mistake when a submission reproduces one). Expected values come
/// from here, never from what the submission returned.</summary>
internal static class Expected
{
    public static RootResult NewtonRaphson(Func<double, double> f, Func<double, double> df, double x0, double tol, int maxIter)
    {
        var x = x0;
        var iterates = new List<double> { x };
        for (var k = 0; ; k++)
        {
            var fx = f(x);
            if (Math.Abs(fx) <= tol) return new RootResult(x, k, true, RootStatus.Converged, iterates);
            if (k == maxIter) return new RootResult(x, k, false, RootStatus.MaxIterations, iterates);
            var d = df(x);
            if (d == 0) return new RootResult(x, k, false, RootStatus.ZeroDerivative, iterates);
            var next = x - fx / d;
            if (!double.IsFinite(next)) return new RootResult(x, k, false, RootStatus.Diverged, iterates);
            x = next;
            iterates.Add(x);
        }
    }

    /// <summary>Pure Newton; <paramref name="staleGradient"/> and <paramref name="staleHessian"/>
    /// reproduce the mistakes of evaluating them only at x0.</summary>
    public static MinimizeResult Newton(Func<Vector<double>, Vector<double>> grad, Func<Vector<double>, Matrix<double>> hess,
        Vector<double> x0, double gradTol, int maxIter, bool staleGradient = false, bool staleHessian = false)
    {
        var x = x0.Clone();
        var iterates = new List<Vector<double>> { x };
        var g0 = grad(x);
        var h0 = hess(x);
        for (var k = 0; ; k++)
        {
            var g = staleGradient ? g0 : grad(x);
            if (g.L2Norm() <= gradTol) return new MinimizeResult(x, k, true, MinimizeStatus.Converged, iterates);
            if (k == maxIter) return new MinimizeResult(x, k, false, MinimizeStatus.MaxIterations, iterates);
            var next = x + (staleHessian ? h0 : hess(x)).Solve(-g);
            if (!next.All(double.IsFinite)) return new MinimizeResult(x, k, false, MinimizeStatus.StepFailed, iterates);
            x = next;
            iterates.Add(x);
        }
    }

    /// <summary>p = ln(e_n/e_{n−1}) / ln(e_{n−1}/e_{n−2}) from the last three errors.</summary>
    public static double Order(IReadOnlyList<double> e)
    {
        var n = e.Count;
        return Math.Log(e[n - 1] / e[n - 2]) / Math.Log(e[n - 2] / e[n - 3]);
    }
}
