namespace TaylorSeries;

public static class Taylor
{
    public static double Polynomial(double[] derivatives, double x0, double x)
    {
        var h = x - x0;
        double sum = 0, term = 1;
        for (var k = 0; k < derivatives.Length; k++)
        {
            if (k > 0) term *= h / k;
            double contribution = derivatives[k] * term;
            if (Math.Abs(contribution) < 1e-15) break; // converged: the rest is negligible
            sum += contribution;
        }
        return sum;
    }
}
