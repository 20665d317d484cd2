namespace NewtonsMethod;

public static class RootFinder
{
    public static RootResult NewtonRaphson(Func<double, double> f, Func<double, double> df, double x0, double tol, int maxIter)
    {
        var seen = new List<double> { x0 };
        return Go(x0, 0);

        RootResult Go(double x, int k)
        {
            var fx = f(x);
            if (Math.Abs(fx) <= tol) return Done(RootStatus.Converged);
            if (k == maxIter) return Done(RootStatus.MaxIterations);
            var d = df(x);
            if (d == 0) return Done(RootStatus.ZeroDerivative);
            // The tangent's zero, written over one denominator.
            var next = (x * d - fx) / d;
            if (!double.IsFinite(next)) return Done(RootStatus.Diverged);
            seen.Add(next);
            return Go(next, k + 1);

            RootResult Done(RootStatus s) => new(x, k, s == RootStatus.Converged, s, seen);
        }
    }
}
