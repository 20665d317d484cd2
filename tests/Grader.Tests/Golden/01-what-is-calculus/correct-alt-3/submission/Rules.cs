namespace WhatIsCalculus;

public static class Rules
{
    public static Func<double, double> ProductRule(Func<double, double> f, Func<double, double> df,
                                                   Func<double, double> g, Func<double, double> dg)
    {
        return x =>
        {
            double fx = f(x), gx = g(x);
            return df(x) * gx + fx * dg(x);
        };
    }

    public static Func<double, double> ChainRule(Func<double, double> outer, Func<double, double> dOuter,
                                                 Func<double, double> inner, Func<double, double> dInner)
    {
        return x =>
        {
            var u = inner(x);
            var du = dInner(x);
            return dOuter(u) * du;
        };
    }
}
