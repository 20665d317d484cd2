namespace TaylorSeries;

public static class Taylor
{
    public static double Polynomial(double[] derivatives, double x0, double x)
    {
        double h = x - x0, sum = 0, power = 1;
        float fact = 1f;
        for (int k = 0; k < derivatives.Length; k++)
        {
            if (k > 0) { fact *= k; power *= h; }
            sum += derivatives[k] * power / fact;
        }
        return sum;
    }
}
