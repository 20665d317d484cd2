namespace NewtonsMethod;

public static class RootFinder
{
    public static RootResult NewtonRaphson(Func<double, double> f, Func<double, double> df, double x0, double tol, int maxIter)
    {
        var xs = new List<double>();
        double x = x0;
        int steps = 0;
        RootStatus status;
        while (true)
        {
            xs.Add(x);
            double fx = f(x);
            if (Math.Abs(fx) <= tol) { status = RootStatus.Converged; break; }
            if (steps >= maxIter) { status = RootStatus.MaxIterations; break; }
            double slope = df(x);
            if (slope == 0.0) { status = RootStatus.ZeroDerivative; break; }
            double candidate = x - fx / slope;
            if (double.IsNaN(candidate) || double.IsInfinity(candidate)) { status = RootStatus.Diverged; break; }
            x = candidate;
            steps++;
        }
        return new RootResult(x, steps, status == RootStatus.Converged, status, xs.ToArray());
    }
}
