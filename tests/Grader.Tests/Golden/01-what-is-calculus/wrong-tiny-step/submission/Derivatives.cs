namespace WhatIsCalculus;

public static class Derivatives
{
    public static double ForwardDifference(Func<double, double> f, double x, double h)
    {
        double fx = f(x);
        double fxh = f(x + h);
        return (fxh - fx) / h;
    }

    public static double CentralDifference(Func<double, double> f, double x, double h)
    {
        // Divide by the distance the two points really are apart.
        double xp = x + h, xm = x - h;
        return (f(xp) - f(xm)) / (xp - xm);
    }

    public static double Derivative(Func<double, double> f, double x)
    {
        double h = 1e-15; // as close to the limit h -> 0 as possible
        return CentralDifference(f, x, h);
    }

    public static double ObservedOrder(Func<double, double> approximation, double exact, double h)
    {
        double e1 = Math.Abs(approximation(h) - exact);
        double e2 = Math.Abs(approximation(h / 2) - exact);
        return Math.Log(e1 / e2) / Math.Log(2);
    }
}
