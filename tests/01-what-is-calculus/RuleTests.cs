using System.Text.RegularExpressions;
using Calculus.TestSupport;
using NUnit.Framework;

namespace WhatIsCalculus.HiddenTests;

[TestFixture]
public class ProductRuleTests
{
    [Test, Points(2), Task("product-rule")]
    public void ProductRule_MatchesFiniteDifferencesOnRandomProducts()
    {
        var rng = Seeded.Rng(601);
        for (var k = 0; k < 12; k++)
        {
            Smooth f = TestFunctions.RandomAtom(rng), g = TestFunctions.RandomAtom(rng);
            var derivative = Rules.ProductRule(f.F, f.D, g.F, g.D);
            foreach (var x in new[] { rng.Uniform(-1.5, 1.5), rng.Uniform(-1.5, 1.5) })
            {
                var actual = derivative(x);
                var expected = FiniteDifferences.Richardson(t => f.F(t) * g.F(t), x);
                string? hint = null;
                double fx = f.F(x), dfx = f.D(x), gx = g.F(x), dgx = g.D(x);
                if (Mistakes.Matches(actual, dfx * dgx)) hint = Mistakes.ProductOfDerivatives;
                else if (Mistakes.Matches(actual, dfx * gx - fx * dgx) || Mistakes.Matches(actual, fx * dgx - dfx * gx))
                    hint = Mistakes.ProductMinus;
                else if (Mistakes.Matches(actual, dfx * gx) || Mistakes.Matches(actual, fx * dgx)) hint = Mistakes.ProductMissingTerm;
                Approx.Equal(actual, expected, $"(f·g)′ at x = {Fmt.Num(x)} for f(x) = {f.Name}, g(x) = {g.Name}",
                    "finite differences of f·g", rtol: 1e-6, atol: 1e-8, hint: hint);
            }
        }
    }

    [Test, Points(1), Task("product-rule")]
    public void ProductRule_OfXCubedTimesSinX()
    {
        var derivative = Rules.ProductRule(x => x * x * x, x => 3 * x * x, Math.Sin, Math.Cos);
        foreach (var x in Seeded.Uniform(5, -3, 3, salt: 602))
        {
            var actual = derivative(x);
            var expected = 3 * x * x * Math.Sin(x) + x * x * x * Math.Cos(x);
            var hint = Mistakes.Matches(actual, 3 * x * x * Math.Cos(x)) ? Mistakes.ProductOfDerivatives : null;
            Approx.Equal(actual, expected, $"d/dx [x³·sin x] at x = {Fmt.Num(x)}", "3x²·sin x + x³·cos x",
                rtol: 1e-9, atol: 1e-12, hint: hint);
        }
    }
}

[TestFixture]
public class ChainRuleTests
{
    [Test, Points(2), Task("chain-rule")]
    public void ChainRule_MatchesFiniteDifferencesOnRandomCompositions()
    {
        var rng = Seeded.Rng(701);
        for (var k = 0; k < 12; k++)
        {
            Smooth outer = TestFunctions.RandomAtom(rng), inner = TestFunctions.RandomAtom(rng);
            var derivative = Rules.ChainRule(outer.F, outer.D, inner.F, inner.D);
            foreach (var x in new[] { rng.Uniform(-1, 1), rng.Uniform(-1, 1) })
            {
                var actual = derivative(x);
                var expected = FiniteDifferences.Richardson(t => outer.F(inner.F(t)), x);
                Approx.Equal(actual, expected,
                    $"(outer∘inner)′ at x = {Fmt.Num(x)} for outer(u) = {InU(outer.Name)}, inner(x) = {inner.Name}",
                    "finite differences of outer(inner(x))", rtol: 1e-6, atol: 1e-8,
                    hint: Diagnose(actual, outer, inner, x));
            }
        }
    }

    [Test, Points(1), Task("chain-rule")]
    public void ChainRule_OfSinTwoX()
    {
        var derivative = Rules.ChainRule(Math.Sin, Math.Cos, x => 2 * x, _ => 2);
        foreach (var x in Seeded.Uniform(5, -3, 3, salt: 702))
        {
            var actual = derivative(x);
            string? hint = null;
            if (Mistakes.Matches(actual, Math.Cos(2 * x)))
                hint = "Off by a constant factor (relative error 0.5). " + Mistakes.ChainMissingInner;
            else if (Mistakes.Matches(actual, 2 * Math.Cos(x))) hint = Mistakes.ChainOuterAtX;
            Approx.Equal(actual, 2 * Math.Cos(2 * x), $"d/dx sin(2x) at x = {Fmt.Num(x)}", "2·cos(2x)",
                rtol: 1e-9, atol: 1e-12, hint: hint);
        }
    }

    [Test, Points(1), Task("chain-rule")]
    public void ChainRule_Nests()
    {
        // d/dx exp(sin(x²)) built from two chain rules: the returned function is itself a derivative.
        var inner = Rules.ChainRule(Math.Sin, Math.Cos, x => x * x, x => 2 * x);
        var derivative = Rules.ChainRule(Math.Exp, Math.Exp, x => Math.Sin(x * x), inner);
        foreach (var x in Seeded.Uniform(5, -1.5, 1.5, salt: 703))
        {
            var actual = derivative(x);
            var expected = Math.Exp(Math.Sin(x * x)) * Math.Cos(x * x) * 2 * x;
            string? hint = null;
            if (Mistakes.Matches(actual, Math.Exp(Math.Sin(x * x)))) hint = Mistakes.ChainMissingInner;
            else if (Mistakes.Matches(actual, Math.Exp(x) * Math.Cos(x) * 2 * x)) hint = Mistakes.ChainOuterAtX;
            Approx.Equal(actual, expected, $"d/dx exp(sin(x²)) at x = {Fmt.Num(x)}", "exp(sin x²)·cos(x²)·2x",
                rtol: 1e-9, atol: 1e-12, hint: hint);
        }
    }

    /// <summary>The outer function's name in the variable u ("exp(0.5u)"), so x means only the input.</summary>
    private static string InU(string name) => Regex.Replace(name, "(?<![a-z])x", "u");

    private static string? Diagnose(double actual, Smooth outer, Smooth inner, double x)
    {
        if (Mistakes.Matches(actual, outer.D(inner.F(x)))) return Mistakes.ChainMissingInner;
        if (Mistakes.Matches(actual, outer.D(x) * inner.D(x))) return Mistakes.ChainOuterAtX;
        if (Mistakes.Matches(actual, inner.D(outer.F(x)) * outer.D(x))) return Mistakes.ChainReversed;
        return null;
    }
}
