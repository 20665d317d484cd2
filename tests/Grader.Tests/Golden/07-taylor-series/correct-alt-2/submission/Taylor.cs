namespace TaylorSeries;

public static class Taylor
{
    // Horner's scheme on the nested form d0 + h(d1 + h/2(d2 + h/3(d3 + …))).
    public static double Polynomial(double[] derivatives, double x0, double x)
    {
        var h = x - x0;
        return Enumerable.Range(0, derivatives.Length)
            .Reverse()
            .Aggregate(0.0, (inner, k) => derivatives[k] + (k + 1 < derivatives.Length ? h / (k + 1) * inner : 0.0));
    }
}
