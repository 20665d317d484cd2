using NUnit.Framework;

namespace WhatIsCalculus.PublicTests;

/// <summary>A few sample tests to run with `dotnet test`. The grader's hidden tests check the same
/// things more thoroughly (many more points, other functions, call counts, the tails of σ).</summary>
[TestFixture]
public class WhatIsCalculusSampleTests
{
    [Test]
    public void ForwardDifference_OfXSquared_IsTwoXPlusH()
    {
        // ((x+h)² − x²)/h = 2x + h exactly: at x = 3, h = 0.1 that is 6.1, not 6.
        var actual = Derivatives.ForwardDifference(x => x * x, 3, 0.1);
        Assert.That(actual, Is.EqualTo(6.1).Within(1e-9), "ForwardDifference(x², x = 3, h = 0.1)");
    }

    [Test]
    public void CentralDifference_OfSin_IsCloseToCos_WithTwoCallsOfF()
    {
        foreach (var x in new[] { 0.3, 1.0, 2.5 })
        {
            var calls = 0;
            var actual = Derivatives.CentralDifference(t => { calls++; return Math.Sin(t); }, x, 1e-5);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(actual, Is.EqualTo(Math.Cos(x)).Within(1e-9), $"CentralDifference(sin, x = {x}, h = 1e-5)");
                Assert.That(calls, Is.EqualTo(2), $"number of calls of f in CentralDifference(sin, x = {x}, h = 1e-5)");
            }
        }
    }

    [Test]
    public void Derivative_OfExp_IsAccurate()
    {
        foreach (var x in new[] { -1.0, 0.0, 1.5 })
        {
            var actual = Derivatives.Derivative(Math.Exp, x);
            Assert.That(actual, Is.EqualTo(Math.Exp(x)).Within(1e-4).Percent, $"Derivative(exp, x = {x})");
        }
    }

    [Test]
    public void ObservedOrder_OfAPowerLaw_IsItsExponent()
    {
        // An "approximation" of 1 whose error is exactly 3h²: the observed order must be 2.
        var actual = Derivatives.ObservedOrder(h => 1 + 3 * h * h, 1, 0.2);
        Assert.That(actual, Is.EqualTo(2).Within(1e-9), "ObservedOrder(h ↦ 1 + 3h², exact = 1, h = 0.2)");
    }

    [Test]
    public void Sigmoid_AndItsDerivative_AreCorrectAndFinite()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Logistic.Sigmoid(0), Is.EqualTo(0.5).Within(1e-15), "Sigmoid(0)");
            Assert.That(Logistic.SigmoidPrime(0), Is.EqualTo(0.25).Within(1e-15), "SigmoidPrime(0)");
            Assert.That(Logistic.Sigmoid(2), Is.EqualTo(0.8807970779778823).Within(1e-13), "Sigmoid(2)");
            Assert.That(Logistic.Sigmoid(800), Is.EqualTo(1).Within(1e-15), "Sigmoid(800)");
            Assert.That(Logistic.Sigmoid(-800), Is.EqualTo(0).Within(1e-15), "Sigmoid(−800)");
            Assert.That(Logistic.SigmoidPrime(800), Is.EqualTo(0).Within(1e-15), "SigmoidPrime(800)");
            Assert.That(Logistic.SigmoidPrime(-800), Is.EqualTo(0).Within(1e-15), "SigmoidPrime(−800)");
        }
    }

    [Test]
    public void ProductAndChainRule_OnTextbookExamples()
    {
        // (x·eˣ)′ = eˣ + x·eˣ, which is 2e at x = 1;  (sin 3x)′ = 3·cos 3x, which is 3·cos 0.6 at x = 0.2.
        var product = Rules.ProductRule(x => x, _ => 1, Math.Exp, Math.Exp);
        var chain = Rules.ChainRule(Math.Sin, Math.Cos, x => 3 * x, _ => 3);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(product(1), Is.EqualTo(2 * Math.E).Within(1e-12), "d/dx [x·eˣ] at x = 1");
            Assert.That(chain(0.2), Is.EqualTo(3 * Math.Cos(0.6)).Within(1e-12), "d/dx sin(3x) at x = 0.2");
        }
    }
}
