namespace TaylorSeries;

public static class KnownSeries
{
    private static double Sum(double[] d, double h)
    {
        double s = 0, t = 1;
        for (int k = 0; k < d.Length; k++) { if (k > 0) t *= h / k; s += d[k] * t; }
        return s;
    }

    public static double ExpTaylor(double x0, int order, double x) =>
        Sum(Enumerable.Repeat(Math.Exp(x0), order + 1).ToArray(), x - x0);

    public static double SinTaylor(double x0, int order, double x)
    {
        double s = Math.Sin(x0), c = Math.Cos(x0);
        var cycle = new[] { s, c, -s, -c };
        var d = new double[order + 1];
        for (var k = 0; k <= order; k++) d[k] = cycle[k % 4];
        return Sum(d, x - x0);
    }

    public static double Log1pTaylor(double x0, int order, double x)
    {
        var u = (x - x0) / (1 + x0);
        double sum = Math.Log(1 + x0), power = 1;
        for (var k = 1; k <= order; k++) { power *= -u; sum -= power / k; }
        return sum;
    }
}
