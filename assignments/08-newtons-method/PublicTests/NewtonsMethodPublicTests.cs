using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NewtonsMethod.PublicTests;

// A few sample tests to run with `dotnet test`. The grader's hidden tests check the same methods
// on other functions, shifts and starting points, and more strictly (see README.md, "How it is graded").
[TestFixture]
public class NewtonsMethodPublicTests
{
    private static Vector<double> Vec(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);

    private static Matrix<double> Mat(double[,] a) => Matrix<double>.Build.DenseOfArray(a);

    // The course's polynomial: real roots −3.76021… and 1.06307…, and f′(2) = 0 exactly.
    private static double F(double x) => Math.Pow(x, 6) / 6 - 3 * Math.Pow(x, 4) - 2 * Math.Pow(x, 3) / 3 + 27 * x * x / 2 + 18 * x - 30;
    private static double Df(double x) => Math.Pow(x, 5) - 12 * Math.Pow(x, 3) - 2 * x * x + 27 * x + 18;

    private static Vector<double> RosenbrockGradient(Vector<double> v) =>
        Vec(2 * (v[0] - 1) + 400 * v[0] * (v[0] * v[0] - v[1]), 200 * (v[1] - v[0] * v[0]));
    private static Matrix<double> RosenbrockHessian(Vector<double> v) =>
        Mat(new[,] { { 2 + 1200 * v[0] * v[0] - 400 * v[1], -400 * v[0] }, { -400 * v[0], 200.0 } });

    // d2l's trap: f(x) = x·cos(cx) with c = 0.15π, in one variable (vectors of length 1).
    private const double C = 0.15 * Math.PI;
    private static double XCos(Vector<double> v) => v[0] * Math.Cos(C * v[0]);
    private static Vector<double> XCosGradient(Vector<double> v) => Vec(Math.Cos(C * v[0]) - C * v[0] * Math.Sin(C * v[0]));
    private static double XCosSecond(double x) => -2 * C * Math.Sin(C * x) - C * C * x * Math.Cos(C * x);
    private static Matrix<double> XCosHessian(Vector<double> v) => Mat(new[,] { { XCosSecond(v[0]) } });

    [Test]
    public void NewtonRaphson_FindsTheCourseRoots()
    {
        var low = RootFinder.NewtonRaphson(F, Df, -4, 1e-12, 100);
        Assert.That(low.Status, Is.EqualTo(RootStatus.Converged), "from −4");
        Assert.That(low.Root, Is.EqualTo(-3.7602139721974477).Within(1e-12), "the negative root");
        Assert.That(low.Iterations, Is.EqualTo(5), "steps from −4 until |f| ≤ 1e-12");
        Assert.That(low.Iterates, Has.Count.EqualTo(low.Iterations + 1), "Iterates = x_0 … x_k");
        Assert.That(low.Iterates[1], Is.EqualTo(-3.811287477954145).Within(1e-12), "x_1 = −4 − f(−4)/f′(−4)");

        var high = RootFinder.NewtonRaphson(F, Df, 0, 1e-12, 100);
        Assert.That(high.Converged, Is.True, "from 0");
        Assert.That(high.Root, Is.EqualTo(1.063070629709697).Within(1e-12), "the positive root");
        Assert.That(high.Iterations, Is.EqualTo(6), "steps from 0 until |f| ≤ 1e-12");
    }

    [Test]
    public void NewtonRaphson_JumpsFarFromNearlyFlatStart()
    {
        // f′(1.99) is tiny, so the first step jumps to −36.5; the run still ends at the negative root.
        var r = RootFinder.NewtonRaphson(F, Df, 1.99, 1e-12, 100);
        Assert.That(r.Iterates[1], Is.EqualTo(-36.47461289320892).Within(1e-9), "x_1");
        Assert.That(r.Root, Is.EqualTo(-3.7602139721974477).Within(1e-12), "the negative root");
        Assert.That(r.Iterations, Is.EqualTo(20), "steps");
    }

    [Test]
    public void NewtonRaphson_ReportsAZeroDerivative()
    {
        var r = RootFinder.NewtonRaphson(F, Df, 2, 1e-12, 100);
        Assert.That(r.Status, Is.EqualTo(RootStatus.ZeroDerivative), "f′(2) = 0: no Newton step exists");
        Assert.That(r.Converged, Is.False, "not converged");
        Assert.That(r.Root, Is.EqualTo(2), "Root is the last point, finite, never NaN");
        Assert.That(r.Iterations, Is.EqualTo(0), "no step was taken");
    }

    [Test]
    public void NewtonStep_SolvesHpEqualsMinusG()
    {
        var p = Minimizer.NewtonStep(Vec(2, 6), Mat(new double[,] { { 2, 0 }, { 0, 6 } }));
        Assert.That(p.ToArray(), Is.EqualTo(new[] { -1.0, -1.0 }).Within(1e-14), "diag(2, 6)·p = −(2, 6)");

        // An indefinite H (a saddle) still has a Newton step.
        var q = Minimizer.NewtonStep(Vec(1, 1), Mat(new double[,] { { 1, 2 }, { 2, 1 } }));
        Assert.That(q.ToArray(), Is.EqualTo(new[] { -1.0 / 3, -1.0 / 3 }).Within(1e-14), "[[1, 2], [2, 1]]·p = −(1, 1)");
    }

    [Test]
    public void Newton_SolvesRosenbrockInSevenSteps()
    {
        var x0 = Vec(-1.2, 1);
        var r = Minimizer.Newton(RosenbrockGradient, RosenbrockHessian, x0, 1e-10, 100);
        Assert.That(r.Status, Is.EqualTo(MinimizeStatus.Converged), "status");
        Assert.That(r.Iterations, Is.EqualTo(7), "pure Newton from (−1.2, 1)");
        Assert.That(r.X.ToArray(), Is.EqualTo(new[] { 1.0, 1.0 }).Within(1e-12), "the minimum (1, 1)");
        Assert.That(r.Iterates[1].ToArray(), Is.EqualTo(new[] { -1.1752808988764043, 1.3806741573033703 }).Within(1e-12), "x_1");
        Assert.That(x0.ToArray(), Is.EqualTo(new[] { -1.2, 1.0 }), "the caller's x0 must not change");
    }

    [Test]
    public void PureNewtonClimbsToAMaximum_DampedNewtonDoesNot()
    {
        var pure = Minimizer.Newton(XCosGradient, XCosHessian, Vec(10), 1e-10, 100);
        Assert.That(pure.X[0], Is.EqualTo(26.834).Within(1e-3), "pure Newton from 10 ends at x ≈ 26.834 …");
        Assert.That(XCosSecond(pure.X[0]), Is.LessThan(0), "… where f″ < 0: a maximum");

        var damped = DampedNewton.Minimize(XCos, XCosGradient, XCosHessian, Vec(10), 1e-10, 100);
        Assert.That(damped.Converged, Is.True, "converged");
        Assert.That(damped.X[0], Is.EqualTo(7.2694).Within(1e-4), "the minimum near 7.27");
        Assert.That(XCosSecond(damped.X[0]), Is.GreaterThan(0), "f″ > 0 there: a minimum");
        for (var k = 1; k < damped.Iterates.Count; k++)
            Assert.That(XCos(damped.Iterates[k]), Is.LessThanOrEqualTo(XCos(damped.Iterates[k - 1])), $"f must not go up at step {k}");
    }

    [Test]
    public void ConvergenceOrder_FromTheLastThreeErrors()
    {
        Assert.That(ConvergenceOrder.Estimate([0.1, 0.01, 1e-4]), Is.EqualTo(2).Within(1e-12), "each error the square of the last");
        // Newton for the minimum of cosh, x ← x − tanh x from 1.5: the errors |x_k| shrink cubically.
        Assert.That(ConvergenceOrder.Estimate([1.5, 0.5948517463551336, 0.06147568647219137, 7.732730761252776E-05, 1.5412652165820717E-13]),
            Is.EqualTo(3).Within(0.01), "cosh: cubic, order 3");
    }
}
