namespace TaylorSeries;

public static class KnownSeries
{
    public static double ExpTaylor(double x0, int order, double x) =>
        Math.Exp(x0) * Enumerable.Range(0, order + 1).Sum(k => Math.Pow(x - x0, k) / Factorial(k));

    public static double SinTaylor(double x0, int order, double x) =>
        Enumerable.Range(0, order + 1).Sum(k => Math.Sin(x0 + k * Math.PI / 2) * Math.Pow(x - x0, k) / Factorial(k));

    public static double Log1pTaylor(double x0, int order, double x) =>
        Math.Log(1 + x0) + Enumerable.Range(1, order)
            .Sum(k => Math.Pow(-1, k + 1) / (k * Math.Pow(1 + x0, k)) * Math.Pow(x - x0, k));

    private static double Factorial(int k) => Enumerable.Range(1, k).Aggregate(1.0, (p, j) => p * j);
}
