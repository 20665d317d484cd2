namespace WhatIsCalculus;

public static class Derivatives
{
    public static double ForwardDifference(Func<double, double> f, double x, double h)
    {
        var a = f(x);
        var b = f(x + h);
        return (b - a) / h;
    }

    public static double CentralDifference(Func<double, double> f, double x, double h)
    {
        return (f(x + h) - f(x - h)) * 0.5 / h;
    }

    public static double Derivative(Func<double, double> f, double x)
    {
        // scale the step with x, but never below 1e-5
        double h = 1e-5 * Math.Max(1.0, Math.Abs(x));
        return (f(x + h) - f(x - h)) / (2 * h);
    }

    public static double ObservedOrder(Func<double, double> approximation, double exact, double h)
    {
        return Math.Log2(Math.Abs(approximation(h) - exact)) - Math.Log2(Math.Abs(approximation(h / 2) - exact));
    }
}
