namespace TaylorSeries;

public static class KnownSeries
{
    public static double ExpTaylor(double x0, int order, double x) =>
        Taylor.Polynomial(Derivatives(order, _ => Math.Exp(x0)), x0, x);

    public static double SinTaylor(double x0, int order, double x)
    {
        double[] cycle = [Math.Sin(x0), Math.Cos(x0), -Math.Sin(x0), -Math.Cos(x0)];
        return Taylor.Polynomial(Derivatives(order, k => cycle[k % 4]), x0, x);
    }

    public static double Log1pTaylor(double x0, int order, double x)
    {
        // f′ = (1 + x)⁻¹, and each further derivative multiplies by −k/(1 + x): f⁽ᵏ⁺¹⁾ = −k·f⁽ᵏ⁾/(1 + x0).
        var d = new double[order + 1];
        d[0] = Math.Log(1 + x0);
        if (order >= 1) d[1] = 1 / (1 + x0);
        for (var k = 1; k < order; k++) d[k + 1] = -k * d[k] / (1 + x0);
        return Taylor.Polynomial(d, x0, x);
    }

    private static double[] Derivatives(int order, Func<int, double> kth)
    {
        var d = new double[order + 1];
        for (var k = 0; k <= order; k++) d[k] = kth(k);
        return d;
    }
}
