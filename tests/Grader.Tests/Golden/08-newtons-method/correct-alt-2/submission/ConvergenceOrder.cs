namespace NewtonsMethod;

public static class ConvergenceOrder
{
    public static double Estimate(IReadOnlyList<double> errors)
    {
        var last = errors.TakeLast(3).ToArray();
        return Math.Log(last[2] / last[1]) / Math.Log(last[1] / last[0]);
    }
}
