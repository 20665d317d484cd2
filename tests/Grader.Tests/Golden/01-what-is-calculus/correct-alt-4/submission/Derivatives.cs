namespace WhatIsCalculus;

public static class Derivatives
{
    public static double ForwardDifference(Func<double, double> f, double x, double h)
    {
        return (f(x + h) - f(x)) * (1 / h);
    }

    public static double CentralDifference(Func<double, double> f, double x, double h)
    {
        return (f(x + h) - f(x - h)) / h / 2;
    }

    public static double Derivative(Func<double, double> f, double x)
    {
        return CentralDifference(f, x, 1.0 / 100000);
    }

    public static double ObservedOrder(Func<double, double> approximation, double exact, double h)
    {
        double ratio = Math.Abs((approximation(h) - exact) / (approximation(h / 2) - exact));
        return Math.Log(ratio, 2);
    }
}
