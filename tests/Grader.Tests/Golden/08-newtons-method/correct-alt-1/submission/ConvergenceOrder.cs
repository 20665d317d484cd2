namespace NewtonsMethod;

public static class ConvergenceOrder
{
    public static double Estimate(IReadOnlyList<double> errors)
    {
        int n = errors.Count - 1;
        double a = errors[n - 2], b = errors[n - 1], c = errors[n];
        return (Math.Log(c) - Math.Log(b)) / (Math.Log(b) - Math.Log(a));
    }
}
