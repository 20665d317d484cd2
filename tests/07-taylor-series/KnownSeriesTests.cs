using Calculus.TestSupport;
using NUnit.Framework;

namespace TaylorSeries.HiddenTests;

[TestFixture]
public class KnownSeriesTests
{
    private delegate double Series(double x0, int order, double x);

    /// <summary>Tₙ about x0 ≠ 0 must have an error of order n + 1 (checked first: it names the term
    /// that is wrong), then equal the exact Taylor sum at seeded (x0, n, x), Maclaurin included.</summary>
    private static void CheckSeries(Series series, string method, Smooth f, double[] orderPoints, (double Lo, double Hi) x0Range,
        double reach, int salt, Func<double, int, double, (double, string)[]> ownMistakes)
    {
        (double, string)[] Candidates(double x0, int n, double x)
        {
            var d = f.Derivatives(x0, n + 1);
            return
            [
                .. ownMistakes(x0, n, x),
                .. TaylorSums.Wrong(d[..(n + 1)], x0, x),
                (TaylorSums.Correct(d, x0, x), Mistakes.OrderOffByOne),
            ];
        }
        double Call(double x0, int n, double x, string what) =>
            Guard.Call(() => series(x0, n, x), what, $"{method} only adds up terms; it should not need to throw.");
        // One wrong value can agree with several wrong formulas (at orders 1 and 2 many coincide): a mistake is
        // named only if it also reproduces the submission at two higher orders and at half the offset.
        string? Name(double x0, int n, double x, double got)
        {
            var calls = new List<(double, double, (double, string)[])> { (got, Correct(x0, n, x), Candidates(x0, n, x)) };
            foreach (var (m, y) in new[] { (n + 1, x), (n + 2, x), (n, x0 + (x - x0) / 2), (n + 2, x0 + (x - x0) / 2) })
                calls.Add((Probe(x0, m, y), Correct(x0, m, y), Candidates(x0, m, y)));
            return Diagnose.Confirmed(calls);
        }
        double Correct(double x0, int n, double x) => TaylorSums.Correct(f.Derivatives(x0, n), x0, x);
        // A probe only helps name a mistake: if it throws, no mistake is confirmed, and the failure stays the one found.
        double Probe(double x0, int n, double x)
        {
            try
            {
                return series(x0, n, x);
            }
            catch (Exception)
            {
                return double.NaN;
            }
        }

        foreach (var x0 in orderPoints)
            for (var n = 1; n <= 4; n++)
            {
                var what = $"{method}(x0 = {Fmt.Num(x0)}, order = {n}, x = x0 + h) for {f.Name}";
                var errors = ErrorSeries.Measure(what, h => Call(x0, n, x0 + h, what), h => f.F(x0 + h), 0.2, 3);
                var x = x0 + errors.Steps[0];
                if (OrderCheck.Passes(errors, n + 1)) continue;
                OrderCheck.Expect(errors, n + 1, "T" + "₀₁₂₃₄₅₆₇₈₉"[n], "h", Name(x0, n, x, Call(x0, n, x, what)));
            }

        var rng = Seeded.Rng(salt);
        for (var k = 0; k < 12; k++)
        {
            var x0 = k < 2 ? 0 : rng.Uniform(x0Range.Lo, x0Range.Hi);
            var n = k % 7 + (k < 2 ? 3 : 0);
            var x = x0 + rng.Uniform(-reach, reach);
            var what = $"{method}(x0 = {Fmt.Num(x0)}, order = {n}, x = {Fmt.Num(x)}) for {f.Name}";
            var got = Call(x0, n, x, what);
            var expected = TaylorSums.Correct(f.Derivatives(x0, n), x0, x);
            Approx.Equal(got, expected, what, "Σₖ₌₀ⁿ f⁽ᵏ⁾(x0)·(x − x0)ᵏ/k!", rtol: 1e-11, atol: 1e-13,
                hint: Approx.Close(got, expected, 1e-11, 1e-13) ? null : Name(x0, n, x, got));
        }
    }

    [Test, Points(2), Task("known-series"), Visibility(TestVisibility.Visible)]
    public void ExpTaylor_IsTheTaylorPolynomialOfExpAboutX0() =>
        CheckSeries(KnownSeries.ExpTaylor, "KnownSeries.ExpTaylor", Smooth.Exp, [-0.6, 1.3], (-2, 2), 1.5, 711,
            (x0, n, x) =>
            [
                // eˣ's Maclaurin series in x − x0 without the factor e^x0 (the derivatives at 0, not at x0).
                (TaylorSums.Correct(Enumerable.Repeat(1.0, n + 1).ToArray(), x0, x), "Every derivative of eˣ at x0 is e^x0, not 1: the Maclaurin coefficients 1/k! hold only at x0 = 0. Multiply each term by Math.Exp(x0)."),
            ]);

    [Test, Points(2), Task("known-series"), Visibility(TestVisibility.Visible)]
    public void SinTaylor_IsTheTaylorPolynomialOfSinAboutX0() =>
        CheckSeries(KnownSeries.SinTaylor, "KnownSeries.SinTaylor", Smooth.Sin, [0.9, -2.1], (-3, 3), 1.5, 712,
            (x0, n, x) =>
            [
                (Cycle(x0, n, x, [0, 1, 0, -1], fixedValues: true), Mistakes.SinDerivativeCycle),
                (Cycle(x0, n, x, [1, 1, 1, 1]), Mistakes.SinDerivativeCycle),
                (Cycle(x0, n, x, [1, -1, -1, 1]), Mistakes.SinDerivativeCycle),
                (Cycle(x0, n, x, [1, -1, 1, -1]), Mistakes.SinDerivativeCycle),
                (Cycle(x0, n, x, [1, 1, -1, 1]), Mistakes.SinDerivativeCycle),
                (Cycle(x0, n, x, [1, 1, -1, -1], swap: true), Mistakes.SinDerivativeCycle),
                // sin(x0 + k / 2 * π) with k an int: k / 2 is integer division, so the phase steps by π every second k.
                (Cycle(x0, n, x, [1, 1, -1, -1], sinOnly: true),
                    Mistakes.SinDerivativeCycle + " Your derivatives come out sin x0, sin x0, −sin x0, −sin x0, …: if you wrote " +
                    "sin(x0 + k / 2 * π) with k an int, k / 2 is integer division in C# (1 / 2 is 0); write k * Math.PI / 2."),
            ]);

    [Test, Points(2), Task("known-series"), Visibility(TestVisibility.Visible)]
    public void Log1pTaylor_IsTheTaylorPolynomialOfLnOnePlusXAboutX0() =>
        CheckSeries(KnownSeries.Log1pTaylor, "KnownSeries.Log1pTaylor", Smooth.Log1p, [0.4, -0.3], (-0.5, 2), 0.4, 713,
            (x0, n, x) =>
            [
                (Log1p(x0, n, x, k => (k % 2 == 1 ? 1 : -1) / (TaylorSums.Factorial(k) * Math.Pow(1 + x0, k))), Mistakes.Log1pDerivatives),
                (Log1p(x0, n, x, k => 1 / (k * Math.Pow(1 + x0, k))), Mistakes.Log1pDerivatives),
                (Log1p(x0, n, x, k => (k % 2 == 1 ? 1 : -1) / (double)k), Mistakes.Log1pDerivatives),
                (Log1p(x0, n, x, k => (k % 2 == 1 ? -1 : 1) / (k * Math.Pow(1 + x0, k))), Mistakes.Log1pDerivatives),
                (Log1p(x0, n, x, k => (k % 2 == 1 ? 1 : -1) / (k * (1 + x0))), Mistakes.Log1pDerivatives),
                // The derivative f⁽ᵏ⁾(x0) used as the coefficient, without dividing it by k!.
                (Log1p(x0, n, x, k => (k % 2 == 1 ? 1 : -1) * TaylorSums.Factorial(k - 1) / Math.Pow(1 + x0, k)), Mistakes.Log1pDerivatives),
            ]);

    /// <summary>ln(1 + x0) + Σₖ₌₁ⁿ cₖ·(x − x0)ᵏ with a wrong coefficient cₖ.</summary>
    private static double Log1p(double x0, int n, double x, Func<int, double> coefficient)
    {
        var sum = Math.Log(1 + x0);
        for (var k = 1; k <= n; k++) sum += coefficient(k) * Math.Pow(x - x0, k);
        return sum;
    }

    /// <summary>Σ dₖ(x − x0)ᵏ/k! with a wrong cycle of derivatives: signs on (sin, cos, sin, cos) (or on
    /// (cos, sin, …) when swapped, or on sin alone), or the Maclaurin values 0, 1, 0, −1 used at x0 ≠ 0.</summary>
    private static double Cycle(double x0, int n, double x, int[] signs, bool fixedValues = false, bool swap = false, bool sinOnly = false)
    {
        double s = Math.Sin(x0), c = Math.Cos(x0);
        var d = Enumerable.Range(0, n + 1).Select(k =>
        {
            if (fixedValues) return (double)signs[k % 4];
            var sinPhase = sinOnly || k % 2 == 0;
            if (swap) sinPhase = !sinPhase;
            return signs[k % 4] * (sinPhase ? s : c);
        }).ToArray();
        return TaylorSums.Correct(d, x0, x);
    }
}
