namespace WhatIsCalculus;

public static class Rules
{
    public static Func<double, double> ProductRule(Func<double, double> f, Func<double, double> df,
                                                   Func<double, double> g, Func<double, double> dg)
    {
        Func<double, double> derivative = x => f(x) * dg(x) + g(x) * df(x);
        return derivative;
    }

    public static Func<double, double> ChainRule(Func<double, double> outer, Func<double, double> dOuter,
                                                 Func<double, double> inner, Func<double, double> dInner)
    {
        Func<double, double> derivative = x => dOuter(inner(x)) * dInner(x);
        return derivative;
    }
}
