namespace WhatIsCalculus;

/// <summary>The derivative as "rise over run": finite-difference estimates of f′(x), and how fast
/// their error shrinks as the step h shrinks. See README.md for the maths.</summary>
public static class Derivatives
{
    /// <summary>Forward difference (f(x + h) − f(x)) / h. Calls f exactly twice.</summary>
    public static double ForwardDifference(Func<double, double> f, double x, double h)
    {
        return (f(x + h) - f(x)) / h;
    }

    /// <summary>Central difference (f(x + h) − f(x − h)) / (2h). Calls f exactly twice.</summary>
    public static double CentralDifference(Func<double, double> f, double x, double h)
    {
        return (f(x + h) - f(x - h)) / (2 * h);
    }

    /// <summary>f′(x) by a central difference with a step you choose yourself, accurate to about
    /// 1e-6 (relative) for smooth functions on inputs of size about 1. Calls f exactly twice.</summary>
    public static double Derivative(Func<double, double> f, double x)
    {
        // Truncation error h²|f‴|/6 against rounding error ε|f|/h: balanced near h = ∛ε ≈ 6e-6.
        const double h = 1e-5;
        return CentralDifference(f, x, h);
    }

    /// <summary>Observed order of accuracy p of an approximation whose error behaves like C·hᵖ:
    /// evaluates <paramref name="approximation"/> at h and at h/2 (once each), compares both with
    /// <paramref name="exact"/>, and returns p = log₂(e(h) / e(h/2)).</summary>
    public static double ObservedOrder(Func<double, double> approximation, double exact, double h)
    {
        var errorAtH = Math.Abs(approximation(h) - exact);
        var errorAtHalfH = Math.Abs(approximation(h / 2) - exact);
        return Math.Log2(errorAtH / errorAtHalfH);
    }
}
