namespace TaylorSeries;

/// <summary>The Taylor polynomial of a function from its derivatives at one point.</summary>
public static class Taylor
{
    /// <summary>Tₙ(x) = Σₖ₌₀ⁿ f⁽ᵏ⁾(x0)·(x − x0)ᵏ / k!, where derivatives[k] = f⁽ᵏ⁾(x0) and the order
    /// n is derivatives.Length − 1. Leaves the array unchanged.</summary>
    public static double Polynomial(double[] derivatives, double x0, double x)
    {
        double sum = 0;
        for (int k = 0; k < derivatives.Length; k++)
        {
            double factorial = 1;
            for (int j = 1; j < k; j++) factorial *= j;
            sum += derivatives[k] * Math.Pow(x - x0, k) / factorial;
        }
        return sum;
    }
}
