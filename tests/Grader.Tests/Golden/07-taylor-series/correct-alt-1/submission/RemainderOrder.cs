namespace TaylorSeries;

public static class RemainderOrder
{
    public static double[] ObservedOrders(double[] errors)
    {
        if (errors.Length < 2) return new double[0];
        double[] p = new double[errors.Length - 1];
        for (int k = 0; k < p.Length; k++)
        {
            double ratio = Math.Abs(errors[k]) / Math.Abs(errors[k + 1]);
            p[k] = Math.Log(ratio) / Math.Log(2);
        }
        return p;
    }

    public static double FittedOrder(double[] steps, double[] errors)
    {
        int n = steps.Length;
        double su = 0, sv = 0, suv = 0, suu = 0;
        for (int i = 0; i < n; i++)
        {
            double u = Math.Log10(steps[i]);
            double v = Math.Log10(Math.Abs(errors[i]));
            su += u;
            sv += v;
            suv += u * v;
            suu += u * u;
        }
        return (n * suv - su * sv) / (n * suu - su * su);
    }
}
