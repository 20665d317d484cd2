namespace TaylorSeries;

public static class Taylor
{
    public static double Polynomial(double[] derivatives, double x0, double x)
    {
        int n = derivatives.Length - 1;
        double total = 0.0;
        for (int k = 0; k <= n; k++)
        {
            double factorial = 1.0;
            for (int j = 2; j <= k; j++)
            {
                factorial = factorial * j;
            }
            double power = 1.0;
            for (int j = 0; j < k; j++)
            {
                power = power * (x - x0);
            }
            total = total + derivatives[k] * power / factorial;
        }
        return total;
    }
}
