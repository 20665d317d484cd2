namespace TaylorSeries;

public static class KnownSeries
{
    public static double ExpTaylor(double x0, int order, double x) =>
        Taylor.Polynomial(Enumerable.Repeat(Math.Exp(x0), order + 1).ToArray(), x0, x);

    public static double SinTaylor(double x0, int order, double x)
    {
        double s = Math.Sin(x0), c = Math.Cos(x0);
        var cycle = new[] { s, c, -s, -c };
        var derivatives = new double[order + 1];
        for (var k = 0; k <= order; k++) derivatives[k] = cycle[k % 4];
        return Taylor.Polynomial(derivatives, x0, x);
    }

    public static double Log1pTaylor(double x0, int order, double x)
    {
        double h = x - x0, sum = Math.Log(1 + x0), fact = 1;
        for (int k = 1; k <= order; k++)
        {
            if (k > 1) fact *= k - 1;
            double coefficient = (k % 2 == 1 ? 1 : -1) * fact / Math.Pow(1 + x0, k);
            sum += coefficient * Math.Pow(h, k);
        }
        return sum;
    }
}
