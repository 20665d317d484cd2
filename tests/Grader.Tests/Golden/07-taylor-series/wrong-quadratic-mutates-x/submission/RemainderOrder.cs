namespace TaylorSeries;

/// <summary>The observed order p of a remainder that behaves like C·hᵖ, from measured errors.</summary>
public static class RemainderOrder
{
    /// <summary>For errors at h, h/2, h/4, …: pₖ = log₂(|eₖ| / |eₖ₊₁|), one fewer value than errors.</summary>
    public static double[] ObservedOrders(double[] errors)
    {
        var orders = new double[Math.Max(0, errors.Length - 1)];
        for (var k = 0; k < orders.Length; k++)
            orders[k] = Math.Log2(Math.Abs(errors[k]) / Math.Abs(errors[k + 1]));
        return orders;
    }

    /// <summary>The least-squares slope of log|e| against log h (with an intercept): the p of the
    /// best line log|e| ≈ log C + p·log h through all the points.</summary>
    public static double FittedOrder(double[] steps, double[] errors)
    {
        var n = steps.Length;
        var u = steps.Select(h => Math.Log(h)).ToArray();
        var v = errors.Select(e => Math.Log(Math.Abs(e))).ToArray();
        double uMean = u.Average(), vMean = v.Average(), suv = 0, suu = 0;
        for (var i = 0; i < n; i++)
        {
            suv += (u[i] - uMean) * (v[i] - vMean);
            suu += (u[i] - uMean) * (u[i] - uMean);
        }
        return suv / suu;
    }
}
