using Calculus.TestSupport;

namespace WhatIsCalculus.HiddenTests;

/// <summary>A smooth function with its exact derivative, named for failure messages.</summary>
internal sealed record Smooth(string Name, Func<double, double> F, Func<double, double> D)
{
    public override string ToString() => Name;
}

internal static class TestFunctions
{
    /// <summary>O(1)-scaled functions whose derivatives have no zeros near the sample points'
    /// scale problems: analytic references for the finite-difference tasks.</summary>
    public static readonly Smooth[] Library =
    [
        new("sin(x)·eˣ", x => Math.Sin(x) * Math.Exp(x), x => (Math.Sin(x) + Math.Cos(x)) * Math.Exp(x)),
        new("x³ − 2x² + 3x − 1", x => ((x - 2) * x + 3) * x - 1, x => (3 * x - 4) * x + 3),
        new("ln(1 + x²)", x => Math.Log(1 + x * x), x => 2 * x / (1 + x * x)),
        new("cos(3x)", x => Math.Cos(3 * x), x => -3 * Math.Sin(3 * x)),
        new("1/(1 + x²)", x => 1 / (1 + x * x), x => -2 * x / ((1 + x * x) * (1 + x * x))),
        new("eˣ", Math.Exp, Math.Exp),
    ];

    public static double LogUniform(this Random rng, double lo, double hi) =>
        Math.Exp(rng.Uniform(Math.Log(lo), Math.Log(hi)));

    /// <summary>A random building block for the product and chain rules: sin, cos, exp, a cubic,
    /// a Lorentzian or a log, with seeded coefficients.</summary>
    public static Smooth RandomAtom(Random rng)
    {
        // Coefficients are rounded to 3 decimals so that the name shown in a message is exact.
        double U(double lo, double hi) => Math.Round(rng.Uniform(lo, hi), 3);
        switch (rng.Next(6))
        {
            case 0:
                {
                    double a = U(0.5, 2), b = U(-1, 1);
                    return new($"sin({Fmt.Num(a)}x{Signed(b)})",
                        x => Math.Sin(a * x + b), x => a * Math.Cos(a * x + b));
                }
            case 1:
                {
                    var a = U(0.5, 2);
                    return new($"cos({Fmt.Num(a)}x)", x => Math.Cos(a * x), x => -a * Math.Sin(a * x));
                }
            case 2:
                {
                    var a = U(-1, 1);
                    return new($"exp({Fmt.Num(a)}x)", x => Math.Exp(a * x), x => a * Math.Exp(a * x));
                }
            case 3:
                {
                    double c0 = U(-1, 1), c1 = U(-1, 1), c2 = U(-1, 1), c3 = U(-1, 1);
                    return new($"{Fmt.Num(c0)}{Signed(c1)}x{Signed(c2)}x²{Signed(c3)}x³",
                        x => c0 + x * (c1 + x * (c2 + x * c3)), x => c1 + x * (2 * c2 + x * 3 * c3));
                }
            case 4:
                {
                    var a = U(0.5, 2);
                    return new($"1/(1 + {Fmt.Num(a)}x²)", x => 1 / (1 + a * x * x),
                        x => -2 * a * x / ((1 + a * x * x) * (1 + a * x * x)));
                }
            default:
                return new("ln(1 + x²)", x => Math.Log(1 + x * x), x => 2 * x / (1 + x * x));
        }
    }

    /// <summary>" + 0.3" or " − 0.3", for writing sums in names.</summary>
    private static string Signed(double v) => v < 0 ? " − " + Fmt.Num(-v) : " + " + Fmt.Num(v);
}

/// <summary>Wraps a function and records every argument it is called with, to see which points
/// (and so which step) the code under test used.</summary>
internal sealed class Recorder(Func<double, double> inner)
{
    public List<double> Args { get; } = [];

    public double Invoke(double x)
    {
        Args.Add(x);
        return inner(x);
    }

    public Func<double, double> Func => Invoke;

    /// <summary>Whether f was called at <paramref name="point"/> = x ± h, up to rounding far below h.</summary>
    public bool Evaluated(double point, double h) =>
        Args.Any(a => Math.Abs(a - point) <= 1e-9 * h + 1e-15 * Math.Abs(point));

    /// <summary>The arguments as offsets from x, for messages: "x + 0.001 and x − 0.001".</summary>
    public string Offsets(double x) =>
        Args.Count == 0 ? "no points at all"
            : string.Join(" and ", Args.Select(a => a == x ? "x" : a > x ? "x + " + Fmt.Num(a - x) : "x − " + Fmt.Num(x - a)));
}
