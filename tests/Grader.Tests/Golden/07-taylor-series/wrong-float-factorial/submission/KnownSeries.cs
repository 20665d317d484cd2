namespace TaylorSeries;

/// <summary>Taylor polynomials of order n about x0 of three functions whose derivatives have a
/// closed form.</summary>
public static class KnownSeries
{
    /// <summary>Tₙ of eˣ about x0: every derivative is e^x0.</summary>
    public static double ExpTaylor(double x0, int order, double x) =>
        Taylor.Polynomial(Enumerable.Repeat(Math.Exp(x0), order + 1).ToArray(), x0, x);

    /// <summary>Tₙ of sin x about x0: sin⁽ᵏ⁾(x0) = sin(x0 + kπ/2), the cycle sin, cos, −sin, −cos.</summary>
    public static double SinTaylor(double x0, int order, double x)
    {
        double s = Math.Sin(x0), c = Math.Cos(x0);
        var cycle = new[] { s, c, -s, -c };
        var derivatives = new double[order + 1];
        for (var k = 0; k <= order; k++) derivatives[k] = cycle[k % 4];
        return Taylor.Polynomial(derivatives, x0, x);
    }

    /// <summary>Tₙ of ln(1 + x) about x0 > −1: the k-th derivative (k ≥ 1) is
    /// (−1)ᵏ⁺¹(k − 1)!/(1 + x0)ᵏ, so the coefficient of (x − x0)ᵏ is (−1)ᵏ⁺¹/(k·(1 + x0)ᵏ).</summary>
    public static double Log1pTaylor(double x0, int order, double x)
    {
        var u = (x - x0) / (1 + x0);
        double sum = Math.Log(1 + x0), power = 1;
        for (var k = 1; k <= order; k++)
        {
            power *= -u;
            sum -= power / k;
        }
        return sum;
    }
}
