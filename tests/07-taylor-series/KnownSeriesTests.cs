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

        foreach (var x0 in orderPoints)
            for (var n = 1; n <= 4; n++)
            {
                var what = $"{method}(x0 = {Fmt.Num(x0)}, order = {n}, x = x0 + h) for {f.Name}";
                var errors = ErrorSeries.Measure(what, h => Call(x0, n, x0 + h, what), h => f.F(x0 + h), 0.2, 3);
                var x = x0 + errors.Steps[0];
                var expected = TaylorSums.Correct(f.Derivatives(x0, n), x0, x);
                OrderCheck.Expect(errors, n + 1, "T" + "₀₁₂₃₄₅₆₇₈₉"[n], "h",
                    Diagnose.Pick(Call(x0, n, x, what), expected, null, Candidates(x0, n, x)));
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
                hint: Diagnose.Pick(got, expected, null, Candidates(x0, n, x)));
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
            ]);

    /// <summary>ln(1 + x0) + Σₖ₌₁ⁿ cₖ·(x − x0)ᵏ with a wrong coefficient cₖ.</summary>
    private static double Log1p(double x0, int n, double x, Func<int, double> coefficient)
    {
        var sum = Math.Log(1 + x0);
        for (var k = 1; k <= n; k++) sum += coefficient(k) * Math.Pow(x - x0, k);
        return sum;
    }

    /// <summary>Σ dₖ(x − x0)ᵏ/k! with a wrong cycle of derivatives: signs on (sin, cos, sin, cos) (or on
    /// (cos, sin, …) when swapped), or the Maclaurin values 0, 1, 0, −1 used at x0 ≠ 0.</summary>
    private static double Cycle(double x0, int n, double x, int[] signs, bool fixedValues = false, bool swap = false)
    {
        double s = Math.Sin(x0), c = Math.Cos(x0);
        var d = Enumerable.Range(0, n + 1).Select(k =>
        {
            if (fixedValues) return (double)signs[k % 4];
            var sinPhase = k % 2 == 0;
            if (swap) sinPhase = !sinPhase;
            return signs[k % 4] * (sinPhase ? s : c);
        }).ToArray();
        return TaylorSums.Correct(d, x0, x);
    }
}
