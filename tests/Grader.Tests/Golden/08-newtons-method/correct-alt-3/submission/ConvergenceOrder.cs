namespace NewtonsMethod;

public static class ConvergenceOrder
{
    public static double Estimate(IReadOnlyList<double> errors)
    {
        // Any base works: the bases cancel in the ratio.
        var n = errors.Count;
        var recent = Math.Log10(errors[n - 2]) - Math.Log10(errors[n - 1]);
        var before = Math.Log10(errors[n - 3]) - Math.Log10(errors[n - 2]);
        return recent / before;
    }
}
