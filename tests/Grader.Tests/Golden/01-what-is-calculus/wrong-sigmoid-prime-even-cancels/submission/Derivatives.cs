namespace WhatIsCalculus;

public static class Derivatives
{
    private static double Quotient(double hi, double lo, double run) => (hi - lo) / run;

    public static double ForwardDifference(Func<double, double> f, double x, double h)
    {
        return Quotient(f(x + h), f(x), h);
    }

    public static double CentralDifference(Func<double, double> f, double x, double h)
    {
        return Quotient(f(x + h), f(x - h), 2 * h);
    }

    public static double Derivative(Func<double, double> f, double x)
    {
        const double machineEps = 2.220446049250313e-16;
        double h = Math.Pow(machineEps, 1.0 / 3.0);
        return Quotient(f(x + h), f(x - h), 2 * h);
    }

    public static double ObservedOrder(Func<double, double> approximation, double exact, double h)
    {
        double Err(double step) => Math.Abs(approximation(step) - exact);
        double big = Err(h);
        double small = Err(h / 2);
        return Math.Log2(big) - Math.Log2(small);
    }
}
