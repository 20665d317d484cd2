namespace WhatIsCalculus;

public static class Rules
{

    public static Func<double, double> ProductRule(
        Func<double, double> f, Func<double, double> df,
        Func<double, double> g, Func<double, double> dg)
    {
        return x => df(x) * g(x) + f(x) * dg(x);
    }

    public static Func<double, double> ChainRule(
        Func<double, double> outer, Func<double, double> dOuter,
        Func<double, double> inner, Func<double, double> dInner)
    {
        return x => dInner(outer(x)) * dOuter(x);
    }
}
