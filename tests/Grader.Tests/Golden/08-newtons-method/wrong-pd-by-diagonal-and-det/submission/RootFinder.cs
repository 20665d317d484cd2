namespace NewtonsMethod;

/// <summary>Newton–Raphson for a root of f in one variable.</summary>
public static class RootFinder
{
    /// <summary>Newton–Raphson from x0 with the derivative df you are given: x_{k+1} = x_k − f(x_k)/df(x_k).
    /// Stops with Converged when |f(x_k)| ≤ tol, with ZeroDerivative when df(x_k) = 0, with
    /// MaxIterations after maxIter steps, and with Diverged when the next point would not be finite
    /// (README, "The root finder"). Never throws for these and never returns a NaN or ±∞ root.</summary>
    public static RootResult NewtonRaphson(Func<double, double> f, Func<double, double> df, double x0, double tol, int maxIter)
    {
        var x = x0;
        var iterates = new List<double> { x };
        for (var k = 0; ; k++)
        {
            var fx = f(x);
            if (Math.Abs(fx) <= tol) return new RootResult(x, k, true, RootStatus.Converged, iterates);
            if (k == maxIter) return new RootResult(x, k, false, RootStatus.MaxIterations, iterates);
            var slope = df(x);
            if (slope == 0) return new RootResult(x, k, false, RootStatus.ZeroDerivative, iterates);
            var next = x - fx / slope;
            if (!double.IsFinite(next)) return new RootResult(x, k, false, RootStatus.Diverged, iterates);
            x = next;
            iterates.Add(x);
        }
    }
}
