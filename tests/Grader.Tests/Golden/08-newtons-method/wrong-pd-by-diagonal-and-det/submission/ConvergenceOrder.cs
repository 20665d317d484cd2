namespace NewtonsMethod;

/// <summary>The observed order of convergence of an iteration, from its errors.</summary>
public static class ConvergenceOrder
{
    /// <summary>p from the last three errors e_{n−2}, e_{n−1}, e_n (all positive):
    /// e_n ≈ C·e_{n−1}^p and e_{n−1} ≈ C·e_{n−2}^p give p = ln(e_n/e_{n−1}) / ln(e_{n−1}/e_{n−2}).</summary>
    public static double Estimate(IReadOnlyList<double> errors)
    {
        var n = errors.Count;
        return Math.Log(errors[n - 1] / errors[n - 2]) / Math.Log(errors[n - 2] / errors[n - 3]);
    }
}
