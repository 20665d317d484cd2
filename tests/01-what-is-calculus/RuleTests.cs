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
    [Test, Points(1), Task("product-rule")]
    public void ProductRule_UsesTheDerivativesItIsGiven()
    {
        // df and dg are deliberately NOT the derivatives of f and g: a rule is a formula in the four
        // functions it receives, so it must return df·g + f·dg whatever they are. One that
        // differentiates f and g itself (numerically) returns the true (f·g)′ instead.
        Func<double, double> f = Math.Sin, df = x => 0.5 + x * x, g = x => Math.Exp(0.3 * x), dg = _ => -1.2;
        var derivative = Rules.ProductRule(f, df, g, dg);
        foreach (var x in Seeded.Uniform(5, -2, 2, salt: 603))
        {
            var actual = derivative(x);
            var expected = df(x) * g(x) + f(x) * dg(x);
            var trueDerivative = Math.Cos(x) * g(x) + f(x) * 0.3 * g(x);
            string? hint = null;
            if (Mistakes.Matches(actual, trueDerivative)) hint = Mistakes.ProductIgnoresGiven;
            else if (Mistakes.Matches(actual, df(x) * dg(x))) hint = Mistakes.ProductOfDerivatives;
            else if (Mistakes.Matches(actual, df(x) * g(x) - f(x) * dg(x)) || Mistakes.Matches(actual, f(x) * dg(x) - df(x) * g(x)))
                hint = Mistakes.ProductMinus;
            else if (Mistakes.Matches(actual, df(x) * g(x)) || Mistakes.Matches(actual, f(x) * dg(x))) hint = Mistakes.ProductMissingTerm;
            Approx.Equal(actual, expected,
                $"ProductRule(f = sin x, df = 0.5 + x², g = exp(0.3x), dg = −1.2) at x = {Fmt.Num(x)} (df and dg are not the " +
                "derivatives of f and g on purpose: the rule must use the functions it is given)",
                "df(x)·g(x) + f(x)·dg(x)", rtol: 1e-12, atol: 1e-14, hint: hint);
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
            // inner = 2x is linear, so outer′ at x (cos(x)·2) and the reversed composition (inner′(outer(x))·outer′(x)
            // = 2·cos(x)) give the same value: name neither; the random compositions tell them apart.
            else if (Mistakes.Matches(actual, 2 * Math.Cos(x)))
                hint = "This is 2·cos(x): either outer′ was evaluated at x instead of at inner(x), or the composition is reversed " +
                       "(inner′(outer(x))·outer′(x)); with inner(x) = 2x the two agree. Fix: (outer∘inner)′(x) = outer′(inner(x))·inner′(x).";
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

    [Test, Points(1), Task("chain-rule")]
    public void ChainRule_UsesTheDerivativesItIsGiven()
    {
        // dOuter and dInner are deliberately NOT the derivatives of outer and inner: the rule must
        // return dOuter(inner(x))·dInner(x) with the functions it is given.
        Func<double, double> outer = Math.Sin, dOuter = u => 1 + u * u / 3, inner = x => x * x + 0.5, dInner = x => 0.7 * x - 1;
        var derivative = Rules.ChainRule(outer, dOuter, inner, dInner);
        foreach (var x in Seeded.Uniform(5, -2, 2, salt: 704))
        {
            var actual = derivative(x);
            var expected = dOuter(inner(x)) * dInner(x);
            string? hint = null;
            if (Mistakes.Matches(actual, Math.Cos(inner(x)) * 2 * x)) hint = Mistakes.ChainIgnoresGiven;
            else if (Mistakes.Matches(actual, dOuter(inner(x)))) hint = Mistakes.ChainMissingInner;
            else if (Mistakes.Matches(actual, dOuter(x) * dInner(x))) hint = Mistakes.ChainOuterAtX;
            else if (Mistakes.Matches(actual, dInner(outer(x)) * dOuter(x))) hint = Mistakes.ChainReversed;
            Approx.Equal(actual, expected,
                $"ChainRule(outer = sin u, dOuter = 1 + u²/3, inner = x² + 0.5, dInner = 0.7x − 1) at x = {Fmt.Num(x)} (dOuter " +
                "and dInner are not the derivatives of outer and inner on purpose: the rule must use the functions it is given)",
                "dOuter(inner(x))·dInner(x)", rtol: 1e-12, atol: 1e-14, hint: hint);
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
