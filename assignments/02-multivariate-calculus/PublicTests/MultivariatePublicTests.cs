using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace MultivariateCalculus.PublicTests;

// A few sample tests to run with `dotnet test`. The grader's hidden tests check the same methods
// at other points, with other functions, and more strictly (see README.md, "How it is graded").
[TestFixture]
public class MultivariatePublicTests
{
    private static Vector<double> Vec(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);

    // f(x, y) = x²·y + sin y:  ∂f/∂x = 2xy,  ∂f/∂y = x² + cos y,  ∂²f/∂x² = 2y,  ∂²f/∂x∂y = 2x,  ∂²f/∂y² = −sin y.
    private static double F(Vector<double> v) => v[0] * v[0] * v[1] + Math.Sin(v[1]);

    [Test]
    public void PartialDerivativeAndGradient_OfX2YPlusSinY()
    {
        var p = Vec(1.5, -0.5);
        var calls = 0;
        var grad = Numerical.Gradient(v => { calls++; return F(v); }, p, 1e-5);

        Assert.That(Numerical.PartialDerivative(F, p, 0, 1e-5), Is.EqualTo(2 * 1.5 * -0.5).Within(1e-7), "∂f/∂x at (1.5, −0.5)");
        Assert.That(grad[0], Is.EqualTo(2 * 1.5 * -0.5).Within(1e-7), "∇f at (1.5, −0.5), component 0");
        Assert.That(grad[1], Is.EqualTo(1.5 * 1.5 + Math.Cos(-0.5)).Within(1e-7), "∇f at (1.5, −0.5), component 1");
        Assert.That(calls, Is.EqualTo(4), "a central-difference gradient in 2 variables evaluates f exactly 2n = 4 times");
        Assert.That(p.ToArray(), Is.EqualTo(new[] { 1.5, -0.5 }), "the caller's x must not change");
    }

    [Test]
    public void Jacobian_HasOneRowPerOutput()
    {
        // F(x, y, z) = (x·y·z, x + 2y − z): two outputs, three inputs → a 2×3 Jacobian.
        var j = Numerical.Jacobian(v => Vec(v[0] * v[1] * v[2], v[0] + 2 * v[1] - v[2]), Vec(1, 2, 3), 1e-5);

        Assert.That((j.RowCount, j.ColumnCount), Is.EqualTo((2, 3)), "shape m×n = outputs × inputs");
        var expected = new double[,] { { 6, 3, 2 }, { 1, 2, -1 } };
        for (var r = 0; r < 2; r++)
            for (var c = 0; c < 3; c++)
                Assert.That(j[r, c], Is.EqualTo(expected[r, c]).Within(1e-7), $"J[{r},{c}] = ∂F{r}/∂x{c}");
    }

    [Test]
    public void Hessian_IsSymmetricAndMatchesTheSecondPartials()
    {
        var h = Numerical.Hessian(F, Vec(0.7, 1.1), 1e-4);

        Assert.That(h[0, 1], Is.EqualTo(h[1, 0]), "H must be exactly symmetric");
        Assert.That(h[0, 0], Is.EqualTo(2 * 1.1).Within(1e-5), "∂²f/∂x²");
        Assert.That(h[0, 1], Is.EqualTo(2 * 0.7).Within(1e-5), "∂²f/∂x∂y");
        Assert.That(h[1, 1], Is.EqualTo(-Math.Sin(1.1)).Within(1e-5), "∂²f/∂y²");
    }

    [Test]
    public void DirectionalDerivative_UsesTheUnitDirection()
    {
        var g = Vec(3, 4);

        Assert.That(Analytic.DirectionalDerivative(g, Vec(1, 0)), Is.EqualTo(3).Within(1e-12), "along the x axis");
        Assert.That(Analytic.DirectionalDerivative(g, Vec(6, 8)), Is.EqualTo(5).Within(1e-12), "along ∇f itself: ‖∇f‖ = 5, whatever the direction's length");
        Assert.Catch<ArgumentException>(() => Analytic.DirectionalDerivative(g, Vec(0, 0)), "the zero vector has no direction");
    }

    [Test]
    public void Rosenbrock_ValueGradientAndHessian()
    {
        Assert.That(Analytic.Rosenbrock(Vec(1, 1)), Is.EqualTo(0), "the minimum is at (1, 1)");
        Assert.That(Analytic.Rosenbrock(Vec(-1, 2)), Is.EqualTo(104).Within(1e-12), "f(−1, 2) = 2² + 100·1²");

        var g = Analytic.RosenbrockGradient(Vec(-1, 2));
        Assert.That(g[0], Is.EqualTo(396).Within(1e-9), "∂f/∂x at (−1, 2)");
        Assert.That(g[1], Is.EqualTo(200).Within(1e-9), "∂f/∂y at (−1, 2)");

        var h = Analytic.RosenbrockHessian(Vec(1, 1));
        Assert.That(h.ToArray(), Is.EqualTo(new double[,] { { 802, -400 }, { -400, 200 } }), "Hessian at the minimum (1, 1)");
    }

    [Test]
    public void PolarJacobian_AtRadius2()
    {
        var j = Analytic.PolarToCartesianJacobian(2, Math.PI / 6);
        double c = Math.Sqrt(3) / 2, s = 0.5;

        Assert.That(j[0, 0], Is.EqualTo(c).Within(1e-12), "∂x/∂r = cos θ");
        Assert.That(j[0, 1], Is.EqualTo(-2 * s).Within(1e-12), "∂x/∂θ");
        Assert.That(j[1, 0], Is.EqualTo(s).Within(1e-12), "∂y/∂r = sin θ");
        Assert.That(j[1, 1], Is.EqualTo(2 * c).Within(1e-12), "∂y/∂θ");
        Assert.That(j.Determinant(), Is.EqualTo(2).Within(1e-12), "det = r");
    }
}
