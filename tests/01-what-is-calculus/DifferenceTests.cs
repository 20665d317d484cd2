using Calculus.TestSupport;
using NUnit.Framework;

namespace WhatIsCalculus.HiddenTests;

[TestFixture]
public class ForwardDifferenceTests
{
    [Test, Points(2), Task("forward-difference")]
    public void ForwardDifference_EqualsTheForwardQuotient()
    {
        var rng = Seeded.Rng(101);
        foreach (var s in TestFunctions.Library)
            for (var k = 0; k < 4; k++)
            {
                double x = rng.Uniform(-2, 2), h = rng.LogUniform(1e-3, 1e-1);
                var f = new Recorder(s.F);
                var actual = Derivatives.ForwardDifference(f.Func, x, h);
                double fx = s.F(x), fp = s.F(x + h), fm = s.F(x - h);
                var expected = (fp - fx) / h;
                string? hint = null;
                if (Mistakes.Matches(actual, (fp - fm) / (2 * h))) hint = Mistakes.CentralForForward;
                else if (!f.Evaluated(x + h, h) && !f.Evaluated(x - h, h)) hint = Mistakes.IgnoresGivenStep;
                else if (Mistakes.Matches(actual, (fx - fm) / h)) hint = Mistakes.BackwardForForward;
                else if (Mistakes.Matches(actual, expected / 2)) hint = Mistakes.ForwardDividesBy2H;
                Approx.Equal(actual, expected,
                    $"ForwardDifference(f, x = {Fmt.Num(x)}, h = {Fmt.Num(h)}) for f(x) = {s.Name}",
                    "the forward quotient (f(x+h) − f(x))/h", rtol: 1e-9, atol: 1e-12, hint: hint);
            }
    }

    [Test, Points(1), Task("forward-difference")]
    public void ForwardDifference_CallsFExactlyTwice()
    {
        var rng = Seeded.Rng(102);
        for (var k = 0; k < 3; k++)
        {
            var x = rng.Uniform(-2, 2);
            var f = new CallCounter<double, double>(Math.Sin);
            var actual = Derivatives.ForwardDifference(f.Func, x, 1e-3);
            // Roughly the value too (right sign, within a factor of about 10): calling f twice and returning
            // a constant must not earn this point, while other slips are left to the tests that name them.
            Approx.Equal(actual, (Math.Sin(x + 1e-3) - Math.Sin(x)) / 1e-3, $"ForwardDifference(sin, x = {Fmt.Num(x)}, h = 0.001)",
                "the forward quotient (f(x+h) − f(x))/h", rtol: 0.9, atol: 1e-12);
            Check.That(f.Calls == 2,
                $"ForwardDifference(f, x = {Fmt.Num(x)}, h = 0.001) called f {f.Calls} time(s); expected exactly 2 " +
                "(f(x + h) and f(x)).");
        }
    }

    [Test, Points(1), Task("forward-difference")]
    public void ForwardDifference_ErrorHalvesWhenTheStepHalves()
    {
        foreach (var (s, x) in OrderCases.Draw(103))
        {
            var (e1, e2, ratio) = OrderCases.Errors(h => Derivatives.ForwardDifference(s.F, x, h), s.D(x), 1e-2);
            var hint = ratio is >= 3.6 and <= 4.4 ? " " + Mistakes.CentralForForward : "";
            Check.That(ratio is >= 1.8 and <= 2.2,
                $"Error of ForwardDifference for f(x) = {s.Name} at x = {Fmt.Num(x)}: {Fmt.Num(e1)} at h = 0.01 and " +
                $"{Fmt.Num(e2)} at h = 0.005, ratio {Fmt.Num(ratio)}; expected a ratio in [1.8, 2.2] (first order: " +
                "halving h halves the error, exact derivative as reference)." + hint);
        }
    }
}

[TestFixture]
public class CentralDifferenceTests
{
    [Test, Points(2), Task("central-difference")]
    public void CentralDifference_EqualsTheCentralQuotient()
    {
        var rng = Seeded.Rng(201);
        foreach (var s in TestFunctions.Library)
            for (var k = 0; k < 4; k++)
            {
                double x = rng.Uniform(-2, 2), h = rng.LogUniform(1e-3, 1e-1);
                var f = new Recorder(s.F);
                var actual = Derivatives.CentralDifference(f.Func, x, h);
                double fx = s.F(x), fp = s.F(x + h), fm = s.F(x - h);
                var expected = (fp - fm) / (2 * h);
                string? hint = null;
                if (Mistakes.Matches(actual, 2 * expected)) hint = Mistakes.DividesByH;
                else if (Mistakes.Matches(actual, (fp - fx) / h) || Mistakes.Matches(actual, (fx - fm) / h))
                    hint = Mistakes.ForwardForCentral;
                else if (!f.Evaluated(x + h, h) || !f.Evaluated(x - h, h)) hint = Mistakes.IgnoresGivenStep;
                Approx.Equal(actual, expected,
                    $"CentralDifference(f, x = {Fmt.Num(x)}, h = {Fmt.Num(h)}) for f(x) = {s.Name}",
                    "the central quotient (f(x+h) − f(x−h))/(2h)", rtol: 1e-9, atol: 1e-12, hint: hint);
            }
    }

    [Test, Points(1), Task("central-difference")]
    public void CentralDifference_CallsFExactlyTwice()
    {
        var rng = Seeded.Rng(202);
        for (var k = 0; k < 3; k++)
        {
            var x = rng.Uniform(-2, 2);
            var f = new CallCounter<double, double>(Math.Exp);
            var actual = Derivatives.CentralDifference(f.Func, x, 1e-3);
            Approx.Equal(actual, (Math.Exp(x + 1e-3) - Math.Exp(x - 1e-3)) / 2e-3, $"CentralDifference(exp, x = {Fmt.Num(x)}, h = 0.001)",
                "the central quotient (f(x+h) − f(x−h))/(2h), roughly", rtol: 0.9, atol: 1e-12);
            Check.That(f.Calls == 2,
                $"CentralDifference(f, x = {Fmt.Num(x)}, h = 0.001) called f {f.Calls} time(s); expected exactly 2 " +
                "(f(x + h) and f(x − h); f(x) itself is not needed).");
        }
    }

    [Test, Points(1), Task("central-difference")]
    public void CentralDifference_EvaluatesFAtXPlusAndMinusTheGivenStep()
    {
        var rng = Seeded.Rng(203);
        foreach (var h in new[] { 0.1, 0.013, 1.7e-3, 2.3e-4, 3.1e-5 })
        {
            var x = rng.Uniform(-2, 2);
            var f = new Recorder(Math.Cos);
            var actual = Derivatives.CentralDifference(f.Func, x, h);
            var ok = f.Evaluated(x + h, h) && f.Evaluated(x - h, h);
            var hint = f.Args.Contains(x) ? Mistakes.ForwardForCentral : Mistakes.IgnoresGivenStep;
            Check.That(ok,
                $"CentralDifference(f, x = {Fmt.Num(x)}, h = {Fmt.Num(h)}) evaluated f at {f.Offsets(x)}; expected " +
                $"x + {Fmt.Num(h)} and x − {Fmt.Num(h)}. " + hint);
            Approx.Equal(actual, (Math.Cos(x + h) - Math.Cos(x - h)) / (2 * h), $"CentralDifference(cos, x = {Fmt.Num(x)}, h = {Fmt.Num(h)})",
                "the central quotient (f(x+h) − f(x−h))/(2h), roughly", rtol: 0.9, atol: 1e-12);
        }
    }

    [Test, Points(2), Task("central-difference")]
    public void CentralDifference_ErrorQuartersWhenTheStepHalves()
    {
        ErrorPlot.Record();
        foreach (var (s, x) in OrderCases.Draw(204))
        {
            var exact = s.D(x);
            var d = Derivatives.CentralDifference(s.F, x, 1e-2);
            var (e1, e2, ratio) = OrderCases.Errors(h => Derivatives.CentralDifference(s.F, x, h), exact, 1e-2);
            var hint = "";
            if (Approx.Close(d, 2 * exact, 1e-3)) hint = " " + Mistakes.DividesByH;
            else if (ratio is >= 1.8 and <= 2.2) hint = " " + Mistakes.ForwardForCentral;
            Check.That(ratio is >= 3.6 and <= 4.4,
                $"Error of CentralDifference for f(x) = {s.Name} at x = {Fmt.Num(x)}: {Fmt.Num(e1)} at h = 0.01 and " +
                $"{Fmt.Num(e2)} at h = 0.005, ratio {Fmt.Num(ratio)}; expected a ratio in [3.6, 4.4] (second order: " +
                "halving h quarters the error, exact derivative as reference)." + hint);
        }
    }
}

/// <summary>Points where f″ and f‴ stay well away from zero, so the leading error terms of the
/// forward (h f″/2) and central (h² f‴/6) differences dominate and the ratios are clean.</summary>
internal static class OrderCases
{
    private static readonly Smooth Exp = new("eˣ", Math.Exp, Math.Exp);
    private static readonly Smooth Sin = new("sin(x)", Math.Sin, Math.Cos);
    private static readonly Smooth Log1p = new("ln(1 + x)", x => Math.Log(1 + x), x => 1 / (1 + x));

    public static IEnumerable<(Smooth, double)> Draw(int salt)
    {
        var rng = Seeded.Rng(salt);
        yield return (Exp, rng.Uniform(0, 1));
        yield return (Sin, rng.Uniform(0.3, 1.2));
        yield return (Log1p, rng.Uniform(0, 1));
    }

    public static (double E1, double E2, double Ratio) Errors(Func<double, double> estimate, double exact, double h)
    {
        var e1 = Math.Abs(estimate(h) - exact);
        var e2 = Math.Abs(estimate(h / 2) - exact);
        return (e1, e2, e1 / e2);
    }
}
