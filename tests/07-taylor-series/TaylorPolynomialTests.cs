using Calculus.TestSupport;
using NUnit.Framework;

namespace TaylorSeries.HiddenTests;

[TestFixture]
public class TaylorPolynomialTests
{
    private const string Advice = "Taylor.Polynomial only adds up terms; it should not need to throw.";

    // A copy each time: a submission that changes the array must not change what the test compares with.
    private static double Call(double[] d, double x0, double x, string what) =>
        Guard.Call(() => Taylor.Polynomial(d.ToArray(), x0, x), what, Advice);

    private static string Name(int n) => "T" + string.Concat(n.ToString().Select(c => "₀₁₂₃₄₅₆₇₈₉"[c - '0']));

    [Test, Points(2), Task("taylor-polynomial"), Visibility(TestVisibility.Visible)]
    public void Polynomial_IsExactForPolynomialsOfDegreeUpToTheOrder()
    {
        // Tₙ of a polynomial of degree ≤ n about any x0 is that polynomial: the expected value is p(x)
        // itself, evaluated directly, not through a Taylor sum.
        var rng = Seeded.Rng(701);
        var cases = new List<(double[] A, int Order, double X0, double X)>();
        foreach (var (degree, order) in new[] { (3, 3), (4, 4), (5, 5), (3, 5), (6, 6), (2, 4), (4, 6), (5, 7) })
        {
            var a = Enumerable.Range(0, degree + 1).Select(_ => rng.Uniform(-2, 2)).ToArray();
            var x0 = rng.Uniform(0.4, 1.5) * (rng.Next(2) == 0 ? -1 : 1);
            cases.Add((a, order, x0, x0 + rng.Uniform(-1.2, 1.2)));
        }
        // About x0 = 0 the derivatives are the coefficients times k!, so missing powers give terms that are
        // exactly 0 (the first one, too, like sin's Maclaurin series): the terms after a zero one still count.
        cases.Add(([0, -2, 0, 1], 3, 0, 0.7));
        cases.Add(([1.5, 0, 0, -0.8, 0, 0.3], 5, 0, -0.9));
        cases.Add(([0, 1, 0, -1 / 6.0, 0, 1 / 120.0], 6, 0, 1.1));

        foreach (var (a, order, x0, x) in cases)
        {
            var degree = a.Length - 1;
            var d = Enumerable.Range(0, order + 1).Select(k => PolynomialDerivative(a, k, x0)).ToArray();
            var expected = Horner(a, x);
            var what = $"Taylor.Polynomial for p(x) = {Describe(a)} with order {order} about x0 = {Fmt.Num(x0)}, at x = {Fmt.Num(x)}";
            var got = Call(d, x0, x, what);
            var firstZero = Array.IndexOf(d, 0.0);
            (double, string)[] stopsAtZero = firstZero < 0 ? [] :
            [
                (TaylorSums.Sum(d, x0, x, TaylorSums.Factorial, terms: firstZero),
                    $"Your sum stops at the first term that is 0 (here derivatives[{firstZero}] = 0), but a zero derivative does not end a " +
                    "Taylor series: later terms can be nonzero (sin's Maclaurin series has every other term 0). Add all n + 1 terms."),
            ];
            Approx.Equal(got, expected, what, $"p(x) itself: {Name(order)} of a polynomial of degree {degree} ≤ {order} is exact",
                rtol: 1e-10, atol: 1e-10, hint: Diagnose.Pick(got, expected, null, [.. TaylorSums.Wrong(d, x0, x), .. stopsAtZero]));
        }
    }

    [Test, Points(3), Task("taylor-polynomial"), Visibility(TestVisibility.Visible)]
    public void Polynomial_ErrorFallsLikeHToTheOrderPlusOne()
    {
        TaylorPlot.Record();
        foreach (var (f, x0) in new[] { (Smooth.Exp, -0.6), (Smooth.Sin, 0.9), (Smooth.Log1p, 0.4) })
            for (var n = 1; n <= 5; n++)
            {
                var d = f.Derivatives(x0, n);
                var what = $"Taylor.Polynomial with the derivatives of {f.Name} at x0 = {Fmt.Num(x0)}, order {n}, at x = x0 + h";
                var series = ErrorSeries.Measure(what, h => Call(d, x0, x0 + h, what), h => f.F(x0 + h), 0.2, 3);
                var largest = x0 + series.Steps[0];
                var hint = Diagnose.Pick(Call(d, x0, largest, what), TaylorSums.Correct(d, x0, largest), null, TaylorSums.Wrong(d, x0, largest));
                OrderCheck.Expect(series, n + 1, Name(n), "h", hint);
                var expected = TaylorSums.Correct(d, x0, largest);
                Approx.Equal(Call(d, x0, largest, what), expected, $"{what}, h = {Fmt.Num(series.Steps[0])}",
                    "Σ f⁽ᵏ⁾(x0)·hᵏ/k!", rtol: 1e-12, atol: 1e-14, hint: hint);
            }
    }

    [Test, Points(1), Task("taylor-polynomial"), Visibility(TestVisibility.Visible)]
    public void Polynomial_LeavesTheDerivativesUnchanged()
    {
        var rng = Seeded.Rng(703);
        var d = Enumerable.Range(0, 7).Select(_ => rng.Uniform(-3, 3)).ToArray();
        var before = d.ToArray();
        double x0 = rng.Uniform(-1, 1), x = x0 + rng.Uniform(0.3, 0.9);
        var what = $"Taylor.Polynomial with derivatives {Fmt.Point(before)} about x0 = {Fmt.Num(x0)}, at x = {Fmt.Num(x)}";
        var got = Guard.Call(() => Taylor.Polynomial(d, x0, x), what, Advice);
        Check.That(d.SequenceEqual(before),
            $"{what} changed the array of derivatives to {Fmt.Point(d)}. " + Mistakes.MutatesInput);
        var expected = TaylorSums.Correct(before, x0, x);
        Approx.Equal(got, expected, what, "Σ f⁽ᵏ⁾(x0)·(x − x0)ᵏ/k!", rtol: 1e-12, atol: 1e-14,
            hint: Diagnose.Pick(got, expected, null, TaylorSums.Wrong(before, x0, x)));
        var again = Guard.Call(() => Taylor.Polynomial(d, x0, x), what + " (called a second time)", Advice);
        Approx.Equal(again, expected, what + " (called a second time with the same array)", "the same value as the first call",
            rtol: 1e-12, atol: 1e-14, hint: Mistakes.MutatesInput);
    }

    [Test, Points(1), Task("taylor-polynomial"), Visibility(TestVisibility.Visible)]
    public void Polynomial_HighOrdersDoNotOverflowTheFactorial()
    {
        // 13! overflows an int and 21! a long; at order 30 the terms hᵏ/k! are still needed up to k ≈ 25.
        // The last one, eˣ from 0 to 12 at order 30, has its largest terms hᵏ/k! at k ≈ 12 and all of them positive, so the
        // sum is accurate to round-off whichever way it is added, and a k! that is inexact (a float's, from 14! on) shows.
        foreach (var (f, x0, x, n) in new[] { (Smooth.Exp, 0.5, 3.5, 30), (Smooth.Sin, 1.0, 4.2, 26), (Smooth.Exp, -1.0, -4.0, 24), (Smooth.Exp, 0.0, 12.0, 30) })
        {
            var d = f.Derivatives(x0, n);
            var what = $"Taylor.Polynomial with the derivatives of {f.Name} at x0 = {Fmt.Num(x0)}, order {n}, at x = {Fmt.Num(x)}";
            var got = Guard.Call(() => Taylor.Polynomial(d.ToArray(), x0, x), what, Mistakes.FactorialOverflow);
            var expected = TaylorSums.Correct(d, x0, x);
            Approx.Equal(got, expected, what, $"Σ f⁽ᵏ⁾(x0)·hᵏ/k! (≈ {f.Name} = {Fmt.Num(f.F(x))} here)", rtol: 1e-11, atol: 1e-13,
                hint: Diagnose.Pick(got, expected,
                    "Large orders need care: 13! does not fit in an int nor 21! in a long, and a float holds k! exactly only up to 13!. " +
                    "Compute k! in a double, or build " +
                    "the term (x − x0)ᵏ/k! as a running product term *= (x − x0)/k.",
                    TaylorSums.Wrong(d, x0, x)));
        }
    }

    /// <summary>p⁽ᵏ⁾(x0) = Σⱼ≥ₖ aⱼ·j!/(j − k)!·x0^(j − k).</summary>
    private static double PolynomialDerivative(double[] a, int k, double x0)
    {
        double sum = 0;
        for (var j = k; j < a.Length; j++)
        {
            double falling = 1;
            for (var i = 0; i < k; i++) falling *= j - i;
            sum += a[j] * falling * Math.Pow(x0, j - k);
        }
        return sum;
    }

    private static double Horner(double[] a, double x) => a.Reverse().Aggregate(0.0, (acc, c) => acc * x + c);

    private static string Describe(double[] a) =>
        string.Join(" + ", a.Select((c, j) => (c, j)).Where(t => t.c != 0 || t.j == 0)
            .Select(t => t.j == 0 ? Fmt.Num(t.c) : t.j == 1 ? $"{Fmt.Num(t.c)}x" : $"{Fmt.Num(t.c)}x^{t.j}"));
}
