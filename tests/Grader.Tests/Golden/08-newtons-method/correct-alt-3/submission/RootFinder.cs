namespace NewtonsMethod;

public static class RootFinder
{
    public static RootResult NewtonRaphson(Func<double, double> f, Func<double, double> df, double x0, double tol, int maxIter)
    {
        var iterates = new List<double>(Math.Min(maxIter, 1000) + 1) { x0 };
        var status = RootStatus.MaxIterations;
        for (var k = 0; k <= maxIter; k++)
        {
            var x = iterates[k];
            var value = f(x);
            if (Math.Abs(value) <= tol) { status = RootStatus.Converged; break; }
            if (k == maxIter) break;
            var derivative = df(x);
            if (derivative == 0) { status = RootStatus.ZeroDerivative; break; }
            var step = value / derivative;
            if (!double.IsFinite(x - step)) { status = RootStatus.Diverged; break; }
            iterates.Add(x - step);
        }
        return new RootResult(iterates[^1], iterates.Count - 1, status == RootStatus.Converged, status, iterates);
    }
}
