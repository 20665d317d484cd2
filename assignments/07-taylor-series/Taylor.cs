namespace TaylorSeries;

/// <summary>The Taylor polynomial of a function from its derivatives at one point.</summary>
public static class Taylor
{
    /// <summary>Tₙ(x) = Σₖ₌₀ⁿ f⁽ᵏ⁾(x0)·(x − x0)ᵏ / k!, where derivatives[k] = f⁽ᵏ⁾(x0) (derivatives[0]
    /// is f(x0) itself) and the order n is derivatives.Length − 1. Must leave the array unchanged
    /// and work for orders up to at least 30.</summary>
    public static double Polynomial(double[] derivatives, double x0, double x)
    {
        throw new NotImplementedException();
    }
}
