namespace TaylorSeries.HiddenTests;

/// <summary>A function of one variable with its derivatives of every order in closed form.</summary>
internal sealed record Smooth(string Name, Func<double, double> F, Func<int, double, double> Derivative)
{
    public static readonly Smooth Exp = new("eˣ", Math.Exp, (_, x) => Math.Exp(x));

    public static readonly Smooth Sin = new("sin x", Math.Sin, (k, x) => (k % 4) switch
    {
        0 => Math.Sin(x),
        1 => Math.Cos(x),
        2 => -Math.Sin(x),
        _ => -Math.Cos(x),
    });

    /// <summary>ln(1 + x): f⁽ᵏ⁾(x) = (−1)ᵏ⁺¹(k − 1)!/(1 + x)ᵏ for k ≥ 1.</summary>
    public static readonly Smooth Log1p = new("ln(1 + x)", x => Math.Log(1 + x),
        (k, x) => k == 0 ? Math.Log(1 + x) : (k % 2 == 1 ? 1 : -1) * TaylorSums.Factorial(k - 1) / Math.Pow(1 + x, k));

    /// <summary>f(x0), f′(x0), …, f⁽ⁿ⁾(x0): the array Taylor.Polynomial takes for order n.</summary>
    public double[] Derivatives(double x0, int order) =>
        Enumerable.Range(0, order + 1).Select(k => Derivative(k, x0)).ToArray();
}
