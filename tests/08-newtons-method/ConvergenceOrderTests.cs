using Calculus.TestSupport;
using NUnit.Framework;

namespace NewtonsMethod.HiddenTests;

[TestFixture]
public class ConvergenceOrderTests
{
    private const string Call = "ConvergenceOrder.Estimate";

    /// <summary>The submission gets a copy: the expected value and the hints come from the tests' own list.</summary>
    private static double Run(IReadOnlyList<double> errors, string what) =>
        Guard.Call(() => ConvergenceOrder.Estimate(errors.ToArray()), what, "Three positive errors are enough: no exception is expected.");

    /// <summary>e_{k+1} = C·e_k^p exactly.</summary>
    private static List<double> Sequence(double e0, double c, double p, int count)
    {
        var e = new List<double> { e0 };
        while (e.Count < count) e.Add(c * Math.Pow(e[^1], p));
        return e;
    }

    /// <summary>Names the wrong formula a returned value matches.</summary>
    private static string Hint(double got, IReadOnlyList<double> e, double expected)
    {
        var n = e.Count;
        var candidates = new[]
        {
            (Math.Log(e[n - 1]) / Math.Log(e[n - 2]), Mistakes.OrderWrongLogRatio),
            (Math.Log(e[n - 2] / e[n - 3]) / Math.Log(e[n - 1] / e[n - 2]), Mistakes.OrderWrongLogRatio),
            (Math.Log(e[n - 1] / e[n - 2]) / Math.Log(e[n - 2]), Mistakes.OrderWrongLogRatio),
            (Math.Log(e[2] / e[1]) / Math.Log(e[1] / e[0]), Mistakes.OrderUsesFirstErrors),
            (e[n - 1] / e[n - 2], "That is e_n/e_{n−1}, the linear rate, not the order: p = ln(e_n/e_{n−1}) / ln(e_{n−1}/e_{n−2})."),
        };
        foreach (var (value, hint) in candidates)
            if (!Approx.Close(value, expected, 1e-6, 1e-9) && Approx.Close(got, value, 1e-6, 1e-9)) return hint;
        return "p = ln(e_n/e_{n−1}) / ln(e_{n−1}/e_{n−2}) from the last three errors.";
    }

    [Test, Points(2), Task("convergence-order"), Visibility(TestVisibility.Visible)]
    public void Estimate_RecoversTheOrderOfExactSequences()
    {
        var rng = Seeded.Rng(851);
        var cases = new (string Name, double P, double C, double E0, int Count)[]
        {
            ("linear", 1, Math.Round(rng.Uniform(0.2, 0.8), 3), Math.Round(rng.Uniform(0.05, 0.5), 3), 6),
            ("the secant method's golden ratio", (1 + Math.Sqrt(5)) / 2, Math.Round(rng.Uniform(0.5, 2), 3), Math.Round(rng.Uniform(0.02, 0.1), 3), 5),
            ("quadratic", 2, Math.Round(rng.Uniform(0.3, 3), 3), Math.Round(rng.Uniform(0.02, 0.2), 3), 5),
            ("cubic", 3, Math.Round(rng.Uniform(0.3, 3), 3), Math.Round(rng.Uniform(0.05, 0.3), 3), 4),
        };
        foreach (var (name, p, c, e0, count) in cases)
        {
            var errors = Sequence(e0, c, p, count);
            var what = $"{Call} on the errors {Fmt.Point(errors.ToArray())} (e_{{k+1}} = {Fmt.Num(c)}·e_k^{Fmt.Num(p)}: {name} convergence)";
            var got = Run(errors, what);
            Approx.Equal(got, p, what, $"the order p = {Fmt.Num(p)} that generated them", rtol: 1e-6, atol: 1e-9, hint: Hint(got, errors, p));
        }
    }

    [Test, Points(1), Task("convergence-order"), Visibility(TestVisibility.Visible)]
    public void Estimate_UsesTheLastThreeErrors()
    {
        // A slow start (the errors halve) that settles into quadratic convergence: only the end shows the order.
        var rng = Seeded.Rng(852);
        var c = Math.Round(rng.Uniform(0.5, 2), 3);
        var errors = Sequence(Math.Round(rng.Uniform(0.5, 0.8), 3), 0.5, 1, 4);
        errors.AddRange(Sequence(c * errors[^1] * errors[^1], c, 2, 3));
        var what = $"{Call} on the errors {Fmt.Point(errors.ToArray())} (they halve at first, then e_{{k+1}} = {Fmt.Num(c)}·e_k²)";
        var got = Run(errors, what);
        Approx.Equal(got, 2, what, "the order 2 of the last three errors", rtol: 1e-6, atol: 1e-9, hint: Hint(got, errors, 2));
    }

    [Test, Points(1), Task("convergence-order"), Visibility(TestVisibility.Visible)]
    public void Estimate_SeesTheCubicConvergenceOfNewtonOnCosh()
    {
        // Newton for the minimum of cosh: x ← x − tanh x, whose errors shrink cubically (accept order ≥ 2, expect ≈ 3).
        var x = Math.Round(Seeded.Rng(853).Uniform(1, 1.5), 3);
        var errors = new List<double>();
        while (Math.Abs(x) > 1e-10)
        {
            errors.Add(Math.Abs(x));
            x -= Math.Tanh(x);
        }
        var what = $"{Call} on the errors |x_k| of Newton's method for the minimum of cosh, x ← x − tanh x: {Fmt.Point(errors.ToArray())}";
        var got = Run(errors, what);
        var expected = Expected.Order(errors);
        Approx.Equal(got, expected, what, "ln(e_n/e_{n−1}) / ln(e_{n−1}/e_{n−2})", rtol: 1e-9, atol: 1e-12, hint: Hint(got, errors, expected));
        Check.That(got >= 2, $"{what}: {Fmt.Num(got)}; Newton converges at least quadratically here (cubically, in fact).");
    }
}
