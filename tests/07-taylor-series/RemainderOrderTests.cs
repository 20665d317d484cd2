using Calculus.TestSupport;
using NUnit.Framework;

namespace TaylorSeries.HiddenTests;

[TestFixture]
public class RemainderOrderTests
{
    private static double[] Orders(double[] errors, string what)
    {
        var got = Guard.Call(() => RemainderOrder.ObservedOrders(errors), what,
            "ObservedOrders only divides and takes logarithms; it should not need to throw.");
        var pairs = Math.Max(errors.Length - 1, 0);
        Check.That(got is not null && got.Length == pairs,
            $"{what} returned {(got is null ? "null" : $"{got.Length} values")}; expected {pairs}, one per successive pair of errors" +
            (pairs == 0 ? " (none for fewer than two errors: an empty array, not an exception)." : "."));
        return got!;
    }

    private static double Fitted(double[] steps, double[] errors, string what) =>
        Guard.Call(() => RemainderOrder.FittedOrder(steps, errors), what,
            "FittedOrder only takes logarithms and sums; it should not need to throw.");

    private static (double, string)[] WrongOrder(double a, double b) =>
    [
        (Math.Log2(Math.Abs(b) / Math.Abs(a)), Mistakes.OrderRatioInverted),
        (Math.Abs(a) / Math.Abs(b), Mistakes.OrderWrongLog),
        (Math.Log(Math.Abs(a) / Math.Abs(b)), Mistakes.OrderWrongLog),
        (Math.Log10(Math.Abs(a) / Math.Abs(b)), Mistakes.OrderWrongLog),
        (Math.Log2(a / b), Mistakes.OrderSignedErrors),
        (Math.Log2(a) - Math.Log2(b), Mistakes.OrderSignedErrors),
    ];

    /// <summary>The least-squares slope of v on u with an intercept.</summary>
    private static double Slope(double[] u, double[] v)
    {
        double um = u.Average(), vm = v.Average();
        return u.Zip(v, (a, b) => (a - um) * (b - vm)).Sum() / u.Sum(a => (a - um) * (a - um));
    }

    private static (double, string)[] WrongFit(double[] steps, double[] errors)
    {
        var u = steps.Select(h => Math.Log(h)).ToArray();
        var v = errors.Select(e => Math.Log(Math.Abs(e))).ToArray();
        return
        [
            (Slope(v, u), Mistakes.FitAxesSwapped),
            (u.Zip(v, (a, b) => a * b).Sum() / u.Sum(a => a * a), Mistakes.FitWithoutIntercept),
            ((v[^1] - v[0]) / (u[^1] - u[0]), Mistakes.FitEndpointsOnly),
            (Slope(u, errors.Select(h => Math.Log(h)).ToArray()), Mistakes.OrderSignedErrors),
        ];
    }

    [Test, Points(2), Task("remainder-order"), Visibility(TestVisibility.Visible)]
    public void ObservedOrders_AreBase2LogsOfSuccessiveErrorRatios()
    {
        var rng = Seeded.Rng(741);
        var cases = new List<(string Name, double[] Errors)>();
        foreach (var (p, count, alternate) in new[] { (2.0, 4, false), (3.0, 3, true), (4.0, 5, false), (1.5, 4, false), (5.0, 3, true), (2.0, 6, true) })
        {
            var c = rng.Uniform(0.2, 5) * (rng.Next(2) == 0 ? -1 : 1);
            var h = rng.Uniform(0.05, 0.4);
            var errors = Enumerable.Range(0, count)
                .Select(k => c * Math.Pow(h / Math.Pow(2, k), p) * (alternate && k % 2 == 1 ? -1 : 1) * (1 + 0.01 * rng.Uniform(-1, 1)))
                .ToArray();
            cases.Add(($"errors ≈ {Fmt.Num(c)}·(h/2ᵏ)^{Fmt.Num(p)}{(alternate ? " with alternating signs" : "")}", errors));
        }
        // A tie (a round-off plateau): equal errors give order 0.
        cases.Add(("errors that stopped shrinking", [3e-13, 3e-13, 3e-13]));
        // Measured errors of T₂ and T₃ of eˣ about 0.3 at h = 0.2, 0.1, 0.05, 0.025.
        foreach (var n in new[] { 2, 3 })
            cases.Add(($"the errors of T{(n == 2 ? "₂" : "₃")} of eˣ about x0 = 0.3",
                [.. new[] { 0.2, 0.1, 0.05, 0.025 }.Select(h => Math.Exp(0.3 + h) - TaylorSums.Correct(Smooth.Exp.Derivatives(0.3, n), 0.3, 0.3 + h))]));

        // Fewer than two errors make no pair: the README asks for no orders, not an exception.
        cases.Add(("a single error", [2.5e-3]));
        cases.Add(("no errors at all", []));

        foreach (var (name, errors) in cases)
        {
            var shown = errors.Length == 1 ? $"({Fmt.Num(errors[0])})" : Fmt.Point(errors); // an array of one, not a number
            var what = $"RemainderOrder.ObservedOrders({shown}), {name}";
            var got = Orders(errors.ToArray(), what);
            for (var k = 0; k < got.Length; k++)
            {
                var expected = Math.Log2(Math.Abs(errors[k]) / Math.Abs(errors[k + 1]));
                Approx.Equal(got[k], expected, $"{what}, order {k} (from e{k} and e{k + 1})", "log₂(|eₖ| / |eₖ₊₁|)", rtol: 1e-10, atol: 1e-10,
                    hint: Diagnose.Pick(got[k], expected, null, WrongOrder(errors[k], errors[k + 1])));
            }
        }
    }

    [Test, Points(2), Task("remainder-order"), Visibility(TestVisibility.Visible)]
    public void FittedOrder_IsTheLeastSquaresSlopeOfLogErrorAgainstLogStep()
    {
        var rng = Seeded.Rng(742);
        var cases = new List<(string Name, double[] Steps, double[] Errors)>();
        // Exact power laws with uneven steps in no particular order: the slope is p itself.
        foreach (var p in new[] { 2.0, 3.0, 4.0 })
        {
            var c = rng.Uniform(2, 9);
            var steps = new[] { 0.05, 0.3, 0.012, 0.11, 0.021 }.Select(s => s * rng.Uniform(0.8, 1.2)).ToArray();
            cases.Add(($"exact errors {Fmt.Num(c)}·h^{Fmt.Num(p)}", steps, [.. steps.Select(h => c * Math.Pow(h, p))]));
        }
        // Noisy data, some negative, and ties: two measurements at the same step.
        foreach (var p in new[] { 2.0, 3.0, 4.0 })
        {
            var c = rng.Uniform(0.5, 4);
            var steps = new[] { 0.2, 0.1, 0.1, 0.05, 0.025, 0.025, 0.0125 };
            var errors = steps.Select(h => (rng.Next(3) == 0 ? -1 : 1) * c * Math.Pow(h, p) * Math.Exp(rng.Uniform(-0.4, 0.4))).ToArray();
            cases.Add(($"noisy errors ≈ ±{Fmt.Num(c)}·h^{Fmt.Num(p)} (two measurements at some steps)", steps, errors));
        }
        // Measured errors of Tₙ of sin about 0.9.
        foreach (var n in new[] { 1, 2, 3 })
        {
            var steps = new[] { 0.2, 0.1, 0.05, 0.025 };
            cases.Add(($"the errors of T{"₀₁₂₃"[n]} of sin x about x0 = 0.9", steps,
                [.. steps.Select(h => Math.Sin(0.9 + h) - TaylorSums.Correct(Smooth.Sin.Derivatives(0.9, n), 0.9, 0.9 + h))]));
        }

        foreach (var (name, steps, errors) in cases)
        {
            var what = $"RemainderOrder.FittedOrder(steps = {Fmt.Point(steps)}, errors = {Fmt.Point(errors)}), {name}";
            var got = Fitted(steps.ToArray(), errors.ToArray(), what);
            var expected = Slope(steps.Select(h => Math.Log(h)).ToArray(), errors.Select(e => Math.Log(Math.Abs(e))).ToArray());
            Approx.Equal(got, expected, what, "the least-squares slope of log|e| against log h", rtol: 1e-9, atol: 1e-9,
                hint: Diagnose.Pick(got, expected, null, WrongFit(steps, errors)));
        }
    }

    [Test, Points(1), Task("remainder-order"), Visibility(TestVisibility.Visible)]
    public void RemainderOrder_LeavesTheMeasurementsUnchanged()
    {
        var rng = Seeded.Rng(743);
        var steps = new[] { 0.04, 0.16, 0.01, 0.08, 0.02 };
        var errors = steps.Select(h => -1.7 * Math.Pow(h, 3) * (1 + 0.05 * rng.Uniform(-1, 1))).ToArray();
        double[] stepsBefore = [.. steps], errorsBefore = [.. errors];

        var orders = Orders(errors, $"RemainderOrder.ObservedOrders({Fmt.Point(errorsBefore)})");
        Check.That(errors.SequenceEqual(errorsBefore),
            $"RemainderOrder.ObservedOrders({Fmt.Point(errorsBefore)}) changed the errors to {Fmt.Point(errors)}. " + Mistakes.MutatesInput);
        var first = Math.Log2(Math.Abs(errorsBefore[0] / errorsBefore[1]));
        Approx.Equal(orders[0], first, $"RemainderOrder.ObservedOrders({Fmt.Point(errorsBefore)}), order 0", "log₂(|e₀| / |e₁|)",
            rtol: 1e-10, atol: 1e-10, hint: Diagnose.Pick(orders[0], first, null, WrongOrder(errorsBefore[0], errorsBefore[1])));

        var what = $"RemainderOrder.FittedOrder(steps = {Fmt.Point(stepsBefore)}, errors = {Fmt.Point(errorsBefore)})";
        var got = Fitted(steps, errors, what);
        Check.That(steps.SequenceEqual(stepsBefore) && errors.SequenceEqual(errorsBefore),
            $"{what} changed its arguments to steps = {Fmt.Point(steps)}, errors = {Fmt.Point(errors)} (sorting them in place?). " + Mistakes.MutatesInput);
        var expected = Slope(stepsBefore.Select(h => Math.Log(h)).ToArray(), errorsBefore.Select(e => Math.Log(Math.Abs(e))).ToArray());
        Approx.Equal(got, expected, what, "the least-squares slope of log|e| against log h", rtol: 1e-9, atol: 1e-9,
            hint: Diagnose.Pick(got, expected, null, WrongFit(stepsBefore, errorsBefore)));
    }
}
