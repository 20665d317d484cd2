namespace TaylorSeries;

public static class Taylor
{
    public static double Polynomial(double[] derivatives, double x0, double x)
    {
        // The terms hᵏ/k! first (each from the last), then the sum from the smallest term up.
        var h = x - x0;
        var terms = new double[derivatives.Length];
        var scale = 1.0;
        for (var k = 0; k < terms.Length; k++)
        {
            terms[k] = derivatives[k] * scale;
            scale = scale * h / (k + 1);
        }
        var sum = 0.0;
        for (var k = terms.Length - 1; k >= 0; k--) sum += terms[k];
        return sum;
    }
}
