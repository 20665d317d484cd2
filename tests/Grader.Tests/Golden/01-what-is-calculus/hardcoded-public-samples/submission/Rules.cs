namespace WhatIsCalculus;

public static class Rules
{
    public static Func<double, double> ProductRule(Func<double, double> f, Func<double, double> df,
                                                   Func<double, double> g, Func<double, double> dg)
    {
        return x => x == 1 ? 5.43656365691809 : 0;
    }

    public static Func<double, double> ChainRule(Func<double, double> outer, Func<double, double> dOuter,
                                                 Func<double, double> inner, Func<double, double> dInner)
    {
        return x => x == 0.2 ? 2.47601003108 : 0;
    }
}
