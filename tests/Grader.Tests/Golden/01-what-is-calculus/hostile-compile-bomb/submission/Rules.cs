namespace WhatIsCalculus;

/// <summary>Differentiation rules as functions that build functions: given f, f′, g, g′ they
/// return the derivative of the combination, to be evaluated at any x later.</summary>
public static class Rules
{
    /// <summary>The derivative of x ↦ f(x)·g(x).</summary>
    public static Func<double, double> ProductRule(
        Func<double, double> f, Func<double, double> df,
        Func<double, double> g, Func<double, double> dg)
    {
        return x => df(x) * g(x) + f(x) * dg(x);
    }

    /// <summary>The derivative of x ↦ outer(inner(x)).</summary>
    public static Func<double, double> ChainRule(
        Func<double, double> outer, Func<double, double> dOuter,
        Func<double, double> inner, Func<double, double> dInner)
    {
        return x => dOuter(inner(x)) * dInner(x);
    }
}

/// <summary>Overload resolution over nested lambdas: each level binds its body once per overload
/// of F, so the compiler's work doubles with every level.</summary>
public static class CompileBomb
{
    private static int F(Func<int, int> f) => 0;
    private static int F(Func<string, int> f) => 0;
    public static int Boom() => F(x0 => F(x1 => F(x2 => F(x3 => F(x4 => F(x5 => F(x6 => F(x7 => F(x8 => F(x9 => F(x10 => F(x11 => F(x12 => F(x13 => F(x14 => F(x15 => F(x16 => F(x17 => F(x18 => F(x19 => F(x20 => F(x21 => F(x22 => F(x23 => 0))))))))))))))))))))))));
}
