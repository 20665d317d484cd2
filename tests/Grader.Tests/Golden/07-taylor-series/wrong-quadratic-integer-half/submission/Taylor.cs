namespace TaylorSeries;

/// <summary>The Taylor polynomial of a function from its derivatives at one point.</summary>
public static class Taylor
{
    /// <summary>Tₙ(x) = Σₖ₌₀ⁿ f⁽ᵏ⁾(x0)·(x − x0)ᵏ / k!, where derivatives[k] = f⁽ᵏ⁾(x0) and the order
    /// n is derivatives.Length − 1. Leaves the array unchanged.</summary>
    public static double Polynomial(double[] derivatives, double x0, double x)
    {
        var h = x - x0;
        // term = hᵏ/k! built as a running product: no factorial is ever formed, so nothing overflows
        // before the quotient is small.
        double sum = 0, term = 1;
        for (var k = 0; k < derivatives.Length; k++)
        {
            if (k > 0) term *= h / k;
            sum += derivatives[k] * term;
        }
        return sum;
    }
}
