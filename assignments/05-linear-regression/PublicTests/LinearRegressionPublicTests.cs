using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace LinearRegression.PublicTests;

// A few sample tests to run with `dotnet test`. The grader's hidden tests check the same methods
// on other data (other seeds, a different heights histogram) and more thoroughly (see README.md,
// "How it is graded").
[TestFixture]
public class LinearRegressionPublicTests
{
    private static Vector<double> Vec(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);

    [Test]
    public void FitLineAndChiSquared_WorkedExample()
    {
        double[] x = [1, 2, 3, 4, 5];
        double[] y = [2.1, 3.9, 6.2, 7.8, 10.1];

        var (m, c) = Regression.FitLine(x, y);
        Assert.That(m, Is.EqualTo(1.99).Within(1e-12), "slope m = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = 19.9 / 10 (slope FIRST)");
        Assert.That(c, Is.EqualTo(0.05).Within(1e-12), "intercept c = ȳ − m·x̄ = 6.02 − 1.99·3");

        double[] sigma = [0.1, 0.1, 0.1, 0.1, 0.1];
        var chi2 = Regression.ChiSquared(x, y, sigma, t => 1.99 * t + 0.05);
        Assert.That(chi2, Is.EqualTo(10.7).Within(1e-9), "χ² = Σ((y − model(x))/σ)² = 0.107 / 0.01");
    }

    [Test]
    public void DesignMatrixAndNormalEquations_RecoverAnExactQuadratic()
    {
        double[] x = [-1, 0, 1, 2];
        var phi = Regression.PolynomialDesignMatrix(x, 2);

        Assert.That((phi.RowCount, phi.ColumnCount), Is.EqualTo((4, 3)), "N×(degree + 1): one row per point, one column per power");
        Assert.That(phi.ToArray(), Is.EqualTo(new double[,] { { 1, -1, 1 }, { 1, 0, 0 }, { 1, 1, 1 }, { 1, 2, 4 } }), "column k holds xᵏ, column 0 is all ones");

        // y = 1 − 2x + 0.5x² exactly, so least squares returns θ = (1, −2, 0.5).
        var y = Vec(x.Select(t => 1 - 2 * t + 0.5 * t * t).ToArray());
        var theta = Regression.NormalEquations(phi, y);
        Assert.That(theta.Count, Is.EqualTo(3));
        Assert.That(theta[0], Is.EqualTo(1).Within(1e-10), "θ₀");
        Assert.That(theta[1], Is.EqualTo(-2).Within(1e-10), "θ₁");
        Assert.That(theta[2], Is.EqualTo(0.5).Within(1e-10), "θ₂");
    }

    [Test]
    public void Ridge_OneColumn()
    {
        // One column x = (1, 2, 3), y = 2x: θ = Σxy / (Σx² + λ) = 28 / (14 + λ).
        var phi = Matrix<double>.Build.DenseOfColumnArrays([1.0, 2, 3]);
        var y = Vec(2, 4, 6);

        Assert.That(Regression.Ridge(phi, y, 0)[0], Is.EqualTo(2).Within(1e-12), "λ = 0 is ordinary least squares");
        Assert.That(Regression.Ridge(phi, y, 14)[0], Is.EqualTo(1).Within(1e-12), "λ = 14: 28 / (14 + 14)");
        Assert.That(Regression.Ridge(phi, y, 1e9)[0], Is.LessThan(1e-6), "a huge λ shrinks θ towards 0");
    }

    [Test]
    public void GradientDescent_FirstStepAndConvergence()
    {
        var phi = Regression.PolynomialDesignMatrix([0, 0.5, 1, 1.5, 2], 1);
        var y = Vec(1, 2, 2.9, 4.1, 5);

        // From θ = 0 the first step is −γ·(2/N)·Φᵀ(0 − y) = 0.1 · (2/5) · (Σy, Σxy) = 0.04 · (15, 20.05).
        var one = Regression.FitByGradientDescent(phi, y, 0.1, 1);
        Assert.That(one[0], Is.EqualTo(0.6).Within(1e-12), "θ₀ after one step");
        Assert.That(one[1], Is.EqualTo(0.802).Within(1e-12), "θ₁ after one step");

        var many = Regression.FitByGradientDescent(phi, y, 0.1, 2000);
        var exact = Regression.NormalEquations(phi, y);
        Assert.That(many[0], Is.EqualTo(exact[0]).Within(1e-8), "θ₀ after 2000 steps equals the least-squares solution");
        Assert.That(many[1], Is.EqualTo(exact[1]).Within(1e-8), "θ₁ after 2000 steps equals the least-squares solution");
    }

    [Test]
    public void Heights_DerivativesAndFiftySteepestSteps()
    {
        // At x = 180, μ = 175, σ = 8: f = 0.0410201…, ∂f/∂μ = f·(x − μ)/σ², ∂f/∂σ = f·((x − μ)²/σ³ − 1/σ).
        var f = HeightsData.Gaussian(180, 175, 8);
        Assert.That(HeightsFit.DfDmu(180, 175, 8), Is.EqualTo(f * 5 / 64).Within(1e-15), "∂f/∂μ at (180; 175, 8)");
        Assert.That(HeightsFit.DfDsig(180, 175, 8), Is.EqualTo(f * (25.0 / 512 - 1.0 / 8)).Within(1e-15), "∂f/∂σ at (180; 175, 8)");

        // The course's driver: 50 steps from (155, 6) with aggression 2000 on the course histogram.
        var (x, y) = HeightsData.Histogram();
        double mu = 155, sig = 6;
        for (var k = 0; k < 50; k++)
        {
            var (dMu, dSig) = HeightsFit.SteepestStep(x, y, mu, sig, 2000);
            mu += dMu;
            sig += dSig;
            if (k == 0)
            {
                Assert.That(mu, Is.EqualTo(155.8293).Within(1e-4), "μ after the first step");
                Assert.That(sig, Is.EqualTo(13.3718).Within(1e-4), "σ after the first step");
            }
        }
        Assert.That(mu, Is.EqualTo(178.5122).Within(1e-3), "μ after 50 steps (the best fit; the histogram's mean is 178.365)");
        Assert.That(sig, Is.EqualTo(7.5224).Within(1e-3), "σ after 50 steps (the best fit; the histogram's sd is 7.479)");
    }
}
