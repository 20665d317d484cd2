namespace TaylorSeries;

/// <summary>The Taylor polynomial of a function from its derivatives at one point.</summary>
public static class Taylor
{
    /// <summary>Tₙ(x) = Σₖ₌₀ⁿ f⁽ᵏ⁾(x0)·(x − x0)ᵏ / k!, where derivatives[k] = f⁽ᵏ⁾(x0) and the order
    /// n is derivatives.Length − 1. Leaves the array unchanged.</summary>
    public static double Polynomial(double[] derivatives, double x0, double x)
    {
        double factorial = 1;
        for (var k = 1; k < derivatives.Length; k++)
        {
            factorial *= k;
            derivatives[k] /= factorial;   // now the Taylor coefficients
        }
        double sum = 0;
        for (var k = derivatives.Length - 1; k >= 0; k--)
            sum = sum * (x - x0) + derivatives[k];
        return sum;
    }
}
