using Calculus.TestSupport;
using NUnit.Framework;

namespace WhatIsCalculus.HiddenTests;

[TestFixture]
public class DerivativeTests
{
    [Test, Points(2), Task("step-choice")]
    public void Derivative_IsAccurateOnSmoothFunctions()
    {
        var rng = Seeded.Rng(301);
        foreach (var s in TestFunctions.Library)
            // x = 0 first: a step proportional to |x| is 0 there.
            foreach (var x in new[] { 0.0 }.Concat(Enumerable.Range(0, 5).Select(_ => rng.Uniform(-2, 2))))
            {
                var f = new Recorder(s.F);
                var actual = Derivatives.Derivative(f.Func, x);
                var exact = s.D(x);
                Approx.Equal(actual, exact, $"Derivative(f, x = {Fmt.Num(x)}) for f(x) = {s.Name}",
                    "exact derivative", rtol: 1e-6, atol: 1e-8, hint: Diagnose(f, x, actual, exact));
            }
    }

    [Test, Points(1), Task("step-choice")]
    public void Derivative_CallsFExactlyTwice()
    {
        var rng = Seeded.Rng(302);
        for (var k = 0; k < 3; k++)
        {
            var x = rng.Uniform(-2, 2);
            var f = new Recorder(Math.Sin);
            var actual = Derivatives.Derivative(f.Func, x);
            // Roughly (rtol 0.9): this test rejects answers that compute nothing; accuracy has its own test.
            Approx.Equal(actual, Math.Cos(x), $"Derivative(sin, x = {Fmt.Num(x)})", "exact derivative cos x, roughly", rtol: 0.9, atol: 1e-8,
                hint: Diagnose(f, x, actual, Math.Cos(x)));
            Check.That(f.Args.Count == 2,
                $"Derivative(f, x = {Fmt.Num(x)}) called f {f.Args.Count} time(s); expected exactly 2 (one central difference: " +
                "f(x + h) and f(x − h)).");
        }
    }

    /// <summary>Names the step mistake from the points the student evaluated f at.</summary>
    private static string? Diagnose(Recorder f, double x, double actual, double exact)
    {
        if (f.Args.Count < 2) return null;
        var step = (f.Args.Max() - f.Args.Min()) / 2;
        if (step == 0)
        {
            // Tell a step proportional to |x|, double.Epsilon, a tiny step and a step that is 0
            // everywhere apart by where the student's own Derivative steps at other points.
            if (x == 0 && !double.IsFinite(actual) && StepUsedAt(1.5) > 0) return Mistakes.RelativeStepAtZero;
            var atZero = StepUsedAt(0);
            if (atZero is > 0 and < 1e-300) return Mistakes.DoubleEpsilonStep;
            if (double.IsFinite(actual) || atZero > 0) return Mistakes.StepRoundsAway;
            return Mistakes.StepZero;
        }
        if (step < 1e-300) return Mistakes.DoubleEpsilonStep;
        if (f.Args.Contains(x)) return Mistakes.OneSidedDerivative;
        if (step < 1e-7) return Mistakes.StepTooSmall(step);
        if (step > 1e-4) return Mistakes.StepTooLarge(step);
        if (Approx.Close(actual, 2 * exact, 1e-4)) return Mistakes.DividesByH;
        return null;
    }

    /// <summary>For feedback only: half the spread of the points the student's Derivative
    /// evaluates at x (NaN if it throws).</summary>
    private static double StepUsedAt(double x)
    {
        var f = new Recorder(Math.Exp);
        try
        {
            Derivatives.Derivative(f.Func, x);
        }
        catch (Exception)
        {
            return double.NaN;
        }
        return f.Args.Count < 2 ? double.NaN : (f.Args.Max() - f.Args.Min()) / 2;
    }
}

[TestFixture]
public class ObservedOrderTests
{
    [Test, Points(2), Task("error-order")]
    public void ObservedOrder_RecoversTheExponentOfAPowerLaw()
    {
        var rng = Seeded.Rng(401);
        foreach (var p in new[] { 1.0, 2.0, 3.0, 4.0, 1.5, 2.0, 1.0, 0.5 })
        {
            double c = (rng.Next(2) == 0 ? -1 : 1) * rng.Uniform(0.5, 3), exact = rng.Uniform(-2, 2);
            var h = rng.Uniform(0.1, 0.5);
            var actual = Derivatives.ObservedOrder(s => exact + c * Math.Pow(s, p), exact, h);
            string? hint = null;
            if (double.IsNaN(actual)) hint = Mistakes.OrderNaN;
            else if (Mistakes.Matches(actual, -p)) hint = Mistakes.OrderInverted;
            else if (Mistakes.Matches(actual, Math.Pow(2, p)) || Mistakes.Matches(actual, Math.Pow(2, -p))) hint = Mistakes.OrderNoLog;
            else if (Mistakes.Matches(Math.Abs(actual), p * Math.Log(2))) hint = Mistakes.OrderNaturalLog;
            else if (Mistakes.Matches(Math.Abs(actual), p * Math.Log10(2))) hint = Mistakes.OrderLog10;
            Approx.Equal(actual, p,
                $"ObservedOrder(approximation, exact = {Fmt.Num(exact)}, h = {Fmt.Num(h)}) for an approximation whose " +
                $"error is exactly {Fmt.Num(c)}·h^{Fmt.Num(p)}",
                "the exponent of the power law", rtol: 1e-8, atol: 1e-8, hint: hint);
        }
    }

    [Test, Points(1), Task("error-order")]
    public void ObservedOrder_OfForwardAndCentralDifferences()
    {
        var rng = Seeded.Rng(402);
        var x = rng.Uniform(0, 1);
        var exact = Math.Exp(x);
        foreach (var (name, order, lo, hi, estimate) in new (string, int, double, double, Func<double, double>)[]
                 {
                     ("forward differences", 1, 0.95, 1.05, h => (Math.Exp(x + h) - Math.Exp(x)) / h),
                     ("central differences", 2, 1.95, 2.05, h => (Math.Exp(x + h) - Math.Exp(x - h)) / (2 * h)),
                 })
        {
            var approximation = new Recorder(estimate);
            var actual = Derivatives.ObservedOrder(approximation.Func, exact, 0.01);
            var what = $"ObservedOrder of {name} for d/dx eˣ at x = {Fmt.Num(x)}, h = 0.01";
            var steps = approximation.Args.OrderByDescending(a => a).ToArray();
            Check.That(steps.Length == 2 && steps[0] == 0.01 && steps[1] == 0.005,
                $"{what}: evaluated the approximation at h = {string.Join(", ", steps.Select(Fmt.Num))}; expected exactly " +
                "once at h = 0.01 and once at h/2 = 0.005. " + Mistakes.OrderWrongSteps);
            string? hint = null;
            if (double.IsNaN(actual)) hint = Mistakes.OrderNaN;
            else if (actual < 0 && Math.Abs(actual + order) < 0.1) hint = Mistakes.OrderInverted;
            Check.That(actual >= lo && actual <= hi,
                $"{what}: expected an order in [{Fmt.Num(lo)}, {Fmt.Num(hi)}] ({name} are order {order}), got {Fmt.Num(actual)}."
                + (hint is null ? "" : " " + hint));
        }
    }
}
