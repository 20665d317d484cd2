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
