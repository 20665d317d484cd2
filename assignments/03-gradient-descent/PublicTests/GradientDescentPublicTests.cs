using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace GradientDescent.PublicTests;

// A few sample tests to run with `dotnet test`. The grader's hidden tests check the same methods
// on other functions and starting points, and more strictly (see README.md, "How it is graded").
[TestFixture]
public class GradientDescentPublicTests
{
    private static Vector<double> Vec(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);

    // f(x, y) = x² + 3y²: ∇f = (2x, 6y), Hessian diag(2, 6), minimum at (0, 0), stable for γ < 1/3.
    private static double F(Vector<double> v) => v[0] * v[0] + 3 * v[1] * v[1];
    private static Vector<double> Grad(Vector<double> v) => Vec(2 * v[0], 6 * v[1]);

    private static double Rosenbrock(Vector<double> v) => (1 - v[0]) * (1 - v[0]) + 100 * (v[1] - v[0] * v[0]) * (v[1] - v[0] * v[0]);
    private static Vector<double> RosenbrockGradient(Vector<double> v) =>
        Vec(2 * (v[0] - 1) + 400 * v[0] * (v[0] * v[0] - v[1]), 200 * (v[1] - v[0] * v[0]));

    [Test]
    public void GradientDescentStep_GoesDownhill()
    {
        var next = Steps.GradientDescentStep(Vec(1, 1), Grad(Vec(1, 1)), 0.1);
        Assert.That(next.ToArray(), Is.EqualTo(new[] { 0.8, 0.4 }).Within(1e-15), "x − γ∇f from (1, 1) with γ = 0.1");
    }

    [Test]
    public void GradientDescent_ConvergesAndRecordsHistory()
    {
        var x0 = Vec(1, 1);
        var r = Optimizers.GradientDescent(F, Grad, x0, 0.1, 1000, 1e-6);

        Assert.That(r.Converged, Is.True, "converged");
        Assert.That(r.Diverged, Is.False, "not diverged");
        Assert.That(r.Iterations, Is.EqualTo(66), "steps taken until ‖∇f‖ ≤ 1e-6");
        Assert.That(r.History, Has.Count.EqualTo(r.Iterations + 1), "History = f(x_0) … f(x_k)");
        Assert.That(r.History[0], Is.EqualTo(4), "f(x_0)");
        Assert.That(r.History[1], Is.EqualTo(1.12).Within(1e-12), "f(x_1) = f(0.8, 0.4)");
        Assert.That(Grad(r.X).L2Norm(), Is.LessThanOrEqualTo(1e-6), "‖∇f(X)‖ ≤ gradTol");
        Assert.That(x0.ToArray(), Is.EqualTo(new[] { 1.0, 1.0 }), "the caller's x0 must not change");
    }

    [Test]
    public void GradientDescent_ReportsDivergence()
    {
        // γ = 0.4 > 2/λ_max = 1/3: the y-error grows by |1 − 0.4·6| = 1.4 per step.
        var r = Optimizers.GradientDescent(F, Grad, Vec(1, 1), 0.4, 1000, 1e-6);

        Assert.That(r.Diverged, Is.True, "diverged");
        Assert.That(r.Converged, Is.False, "not converged");
        Assert.That(r.Iterations, Is.EqualTo(21), "f(x_22) is the first value above 4 + 1e6·(1 + 4)");
        Assert.That(r.X.All(double.IsFinite), Is.True, "X is the last finite point, never NaN");
    }

    [Test]
    public void MomentumStep_CarriesTheVelocity()
    {
        var (x1, v1) = Steps.MomentumStep(Vec(1, 1), Vec(0, 0), Grad(Vec(1, 1)), 0.1, 0.9);
        var (x2, v2) = Steps.MomentumStep(x1, v1, Grad(x1), 0.1, 0.9);

        Assert.That(v1.ToArray(), Is.EqualTo(new[] { -0.2, -0.6 }).Within(1e-15), "v1 = −γ∇f(x0)");
        Assert.That(x1.ToArray(), Is.EqualTo(new[] { 0.8, 0.4 }).Within(1e-15), "x1 = x0 + v1");
        Assert.That(v2.ToArray(), Is.EqualTo(new[] { -0.34, -0.78 }).Within(1e-14), "v2 = βv1 − γ∇f(x1)");
        Assert.That(x2.ToArray(), Is.EqualTo(new[] { 0.46, -0.38 }).Within(1e-14), "x2 = x1 + v2");
    }

    [Test]
    public void BacktrackingStep_HalvesUntilArmijoHolds()
    {
        Assert.That(Steps.BacktrackingStep(F, Vec(1, 1), Grad(Vec(1, 1)), 1), Is.EqualTo(0.25), "α = 1 and 0.5 fail, 0.25 passes");
        Assert.That(Steps.BacktrackingStep(F, Vec(1, 1), Grad(Vec(1, 1)), 0.1), Is.EqualTo(0.1), "α0 = 0.1 passes at once");
    }

    [Test]
    public void Backtracking_SolvesRosenbrockWithFNeverGoingUp()
    {
        var r = Optimizers.Backtracking(Rosenbrock, RosenbrockGradient, Vec(-1.2, 1), 0.01, 20_000, 1e-5);

        Assert.That(r.Converged, Is.True, "converged");
        Assert.That((r.X - Vec(1, 1)).L2Norm(), Is.LessThan(1e-4), "X near the minimum (1, 1)");
        for (var k = 1; k < r.History.Count; k++)
            Assert.That(r.History[k], Is.LessThanOrEqualTo(r.History[k - 1]), $"f must not go up at step {k}");
    }

    [Test]
    public void SandpitHybridStep_NewtonOrGradient()
    {
        var h = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0 }, { 0, 6 } });
        Assert.That(Steps.SandpitHybridStep(Vec(2, 6), h, 0.1, 2).ToArray(), Is.EqualTo(new[] { -1.0, -1.0 }).Within(1e-14),
            "positive-definite H, Newton step of length √2 ≤ 2: −H⁻¹J");
        Assert.That(Steps.SandpitHybridStep(Vec(2, 6), h, 0.1, 1).ToArray(), Is.EqualTo(new[] { -0.2, -0.6 }).Within(1e-15),
            "Newton step longer than maxStep = 1: −γJ");

        var saddle = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0 }, { 0, -2 } });
        Assert.That(Steps.SandpitHybridStep(Vec(2, -2), saddle, 0.1, 2).ToArray(), Is.EqualTo(new[] { -0.2, 0.2 }).Within(1e-15),
            "H not positive definite (a saddle): −γJ");
    }
}
