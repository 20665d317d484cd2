namespace WhatIsCalculus;

public static class Derivatives
{
    public static double ForwardDifference(Func<double, double> f, double x, double h)
    {
        double Slope(double a, double b) => (f(b) - f(a)) / (b - a);
        return Slope(x, x + h);
    }

    public static double CentralDifference(Func<double, double> f, double x, double h)
    {
        double rise = f(x + h) - f(x - h);
        return 0.5 * rise / h;
    }

    public static double Derivative(Func<double, double> f, double x)
    {
        const double step = 6e-6; // about the cube root of machine epsilon
        return CentralDifference(f, x, step);
    }

    public static double ObservedOrder(Func<double, double> approximation, double exact, double h)
    {
        double Error(double step) => Math.Abs(approximation(step) - exact);
        double big = Error(h);
        double small = Error(0.5 * h);
        return Math.Log2(big) - Math.Log2(small);
    }
}
