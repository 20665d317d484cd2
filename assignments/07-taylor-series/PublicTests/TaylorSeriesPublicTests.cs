using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace TaylorSeries.PublicTests;

// A few sample tests to run with `dotnet test`: the worked example of README.md. The grader's hidden
// tests check the same methods on other functions, points, orders and data, and more strictly
// (the order of the error, the given derivatives; see README.md, "How it is graded").
[TestFixture]
public class TaylorSeriesPublicTests
{
    private static Vector<double> Vec(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);

    [Test]
    public void Polynomial_OfExpAboutZero()
    {
        var d = new[] { 1.0, 1.0, 1.0, 1.0 };
        Assert.That(Taylor.Polynomial(d, 0, 0.5), Is.EqualTo(1 + 0.5 + 0.125 + 0.125 / 6).Within(1e-14), "T₃ of eˣ about 0 at 0.5");
        Assert.That(d, Is.EqualTo(new[] { 1.0, 1.0, 1.0, 1.0 }), "the derivatives array must not change");
    }

    [Test]
    public void KnownSeries_WorkedExample()
    {
        Assert.That(KnownSeries.ExpTaylor(1, 2, 1.5), Is.EqualTo(1.625 * Math.E).Within(1e-13), "T₂ of eˣ about 1 at 1.5");
        Assert.That(KnownSeries.SinTaylor(0, 3, 0.5), Is.EqualTo(0.5 - 0.125 / 6).Within(1e-14), "T₃ of sin about 0 at 0.5");
        Assert.That(KnownSeries.Log1pTaylor(0, 3, 0.5), Is.EqualTo(0.5 - 0.125 + 0.125 / 3).Within(1e-14), "T₃ of ln(1 + x) about 0 at 0.5");
    }

    [Test]
    public void ExpTaylor_ErrorFallsLikeHToTheFourthForOrderThree()
    {
        double Error(double h) => Math.Abs(Math.Exp(1 + h) - KnownSeries.ExpTaylor(1, 3, 1 + h));
        var ratio = Error(0.1) / Error(0.05);
        Assert.That(ratio, Is.InRange(15.0, 17.5), "halving h divides the error of T₃ by about 2⁴ = 16");
    }

    [Test]
    public void Linearisation_WorkedExample()
    {
        Vector<double> F(Vector<double> v) => Vec(v[0] * v[0] * v[1], Math.Sin(v[0]) + v[1]);
        Matrix<double> J(Vector<double> v) =>
            Matrix<double>.Build.DenseOfArray(new[,] { { 2 * v[0] * v[1], v[0] * v[0] }, { Math.Cos(v[0]), 1 } });
        var model = LocalModels.Linearisation(F, J, Vec(1, 2));
        Assert.That(model(Vec(1.1, 1.9)).ToArray(),
            Is.EqualTo(new[] { 2.3, Math.Sin(1) + 2 + 0.1 * Math.Cos(1) - 0.1 }).Within(1e-14), "F(x0) + J(x0)(x − x0)");
    }

    [Test]
    public void QuadraticModel_WorkedExample()
    {
        double F(Vector<double> v) => Math.Exp(v[0]) * Math.Cos(v[1]);
        Vector<double> Grad(Vector<double> v) => Vec(Math.Exp(v[0]) * Math.Cos(v[1]), -Math.Exp(v[0]) * Math.Sin(v[1]));
        Matrix<double> Hess(Vector<double> v) => Matrix<double>.Build.DenseOfArray(new[,]
        {
            { Math.Exp(v[0]) * Math.Cos(v[1]), -Math.Exp(v[0]) * Math.Sin(v[1]) },
            { -Math.Exp(v[0]) * Math.Sin(v[1]), -Math.Exp(v[0]) * Math.Cos(v[1]) },
        });
        var model = LocalModels.QuadraticModel(F, Grad, Hess, Vec(0, 0));
        Assert.That(model(Vec(0.2, 0.1)), Is.EqualTo(1.215).Within(1e-14), "1 + x + ½(x² − y²) at (0.2, 0.1)");
    }

    [Test]
    public void RemainderOrder_WorkedExample()
    {
        Assert.That(RemainderOrder.ObservedOrders(new[] { 1e-2, 1.25e-3, 1.5625e-4 }), Is.EqualTo(new[] { 3.0, 3.0 }).Within(1e-12));
        Assert.That(RemainderOrder.FittedOrder(new[] { 0.1, 0.05, 0.025 }, new[] { 2e-4, 5e-5, 1.25e-5 }), Is.EqualTo(2).Within(1e-12));
    }
}
