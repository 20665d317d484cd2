using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The helpers every hidden test leans on: a wrong answer they let through is a wrong
/// grade in every module.</summary>
[TestFixture]
public sealed class TestSupportTests
{
    [TestCase(1.0, 1.0 + 1e-9, ExpectedResult = true)]
    [TestCase(1.0, 1.001, ExpectedResult = false)]
    [TestCase(0.0, 1e-12, ExpectedResult = true)]
    [TestCase(double.NaN, 1.0, ExpectedResult = false)]
    [TestCase(double.PositiveInfinity, 1e308, ExpectedResult = false)]
    [TestCase(1e308, double.PositiveInfinity, ExpectedResult = false)]
    [TestCase(0.0, double.NegativeInfinity, ExpectedResult = false)]
    [TestCase(double.PositiveInfinity, double.PositiveInfinity, ExpectedResult = true)]
    [TestCase(double.NegativeInfinity, double.PositiveInfinity, ExpectedResult = false)]
    public bool Close_accepts_only_values_near_the_expected_one(double actual, double expected) => Approx.Close(actual, expected);

    [Test]
    public void Partial_gives_every_evaluation_a_vector_of_its_own()
    {
        var seen = new List<Vector<double>>();
        var x = Vector<double>.Build.Dense([1.0, 2.0]);
        var d = FiniteDifferences.Partial(v => { seen.Add(v); return v[0] * v[1]; }, x, 0);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(d, Is.EqualTo(2.0).Within(1e-6));
            Assert.That(seen, Has.Count.EqualTo(2));
            Assert.That(seen[0], Is.Not.SameAs(seen[1]));
            Assert.That(seen[0][0], Is.Not.EqualTo(seen[1][0]), "the first vector kept its own point");
            Assert.That(x.ToArray(), Is.EqualTo(new[] { 1.0, 2.0 }), "the caller's vector is untouched");
        }
    }
}
