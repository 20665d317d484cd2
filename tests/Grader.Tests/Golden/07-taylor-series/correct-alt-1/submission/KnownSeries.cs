namespace TaylorSeries;

public static class KnownSeries
{
    public static double ExpTaylor(double x0, int order, double x)
    {
        double[] d = new double[order + 1];
        for (int k = 0; k <= order; k++)
        {
            d[k] = Math.Exp(x0);
        }
        return Taylor.Polynomial(d, x0, x);
    }

    public static double SinTaylor(double x0, int order, double x)
    {
        double[] d = new double[order + 1];
        for (int k = 0; k <= order; k++)
        {
            int r = k % 4;
            if (r == 0) d[k] = Math.Sin(x0);
            else if (r == 1) d[k] = Math.Cos(x0);
            else if (r == 2) d[k] = -Math.Sin(x0);
            else d[k] = -Math.Cos(x0);
        }
        return Taylor.Polynomial(d, x0, x);
    }

    public static double Log1pTaylor(double x0, int order, double x)
    {
        double[] d = new double[order + 1];
        d[0] = Math.Log(1 + x0);
        double kMinusOneFactorial = 1.0;
        for (int k = 1; k <= order; k++)
        {
            if (k >= 2) kMinusOneFactorial = kMinusOneFactorial * (k - 1);
            double sign = (k % 2 == 1) ? 1.0 : -1.0;
            d[k] = sign * kMinusOneFactorial / Math.Pow(1 + x0, k);
        }
        return Taylor.Polynomial(d, x0, x);
    }
}
