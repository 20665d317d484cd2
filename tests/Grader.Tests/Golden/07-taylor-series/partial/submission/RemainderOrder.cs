namespace TaylorSeries;

/// <summary>The observed order p of an error that behaves like C·hᵖ, from measured errors.</summary>
public static class RemainderOrder
{
    /// <summary>For errors e₀, e₁, … measured at the steps h, h/2, h/4, …: the orders
    /// pₖ = log₂(|eₖ| / |eₖ₊₁|), one value fewer than there are errors. Leaves the array unchanged.</summary>
    public static double[] ObservedOrders(double[] errors)
    {
        throw new NotImplementedException();
    }

    /// <summary>The order p as the least-squares slope of log|eᵢ| against log hᵢ over all the points
    /// (the line log|e| ≈ log C + p·log h, fitted with its intercept). The steps can be in any order
    /// and need not halve. Leaves both arrays unchanged.</summary>
    public static double FittedOrder(double[] steps, double[] errors)
    {
        throw new NotImplementedException();
    }
}
