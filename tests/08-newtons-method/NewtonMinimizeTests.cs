using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NewtonsMethod.HiddenTests;

[TestFixture]
public class NewtonMinimizeTests
{
    private const string Call = "Minimizer.Newton";

    private static MinimizeResult Run(Func<Vector<double>, Vector<double>> grad, Func<Vector<double>, Matrix<double>> hess,
        Vector<double> x0, double gradTol, int maxIter, string what) =>
        Guard.Call(() => Minimizer.Newton(grad, hess, x0, gradTol, maxIter), what, MinimizeChecks.NoThrow);

    [Test, Points(2), Task("newton-minimise"), Visibility(TestVisibility.Visible)]
    public void Newton_SolvesAnSpdQuadraticInOneStep()
    {
        var rng = Seeded.Rng(831);
        foreach (var lambdas in new[] { new double[] { 1, 5, 2 }, [0.3, 8, 1, 4], [2, 3, 9, 1, 0.5, 6] })
        {
            var q = Quadratic.WithEigenvalues(rng, lambdas);
            var x0 = rng.Vector(q.N, -3, 3);
            var x0Before = x0.ToArray();
            var what = $"{Call} on {q.Describe("a bowl")} from x0 = {Fmt.Point(x0)} with gradTol = 1e-9, maxIter = 20";
            var r = Run(q.Grad, q.Hess, x0, 1e-9, 20, what);
            MinimizeChecks.WellFormed(r, x0, x0Before, what);
            var staleGradient = Expected.Newton(q.Grad, q.Hess, x0, 1e-9, 20, staleGradient: true);
            var hint = r.Iterations > 1 && r.Iterates.Count > 2 && (r.Iterates[2] - staleGradient.Iterates[2]).L2Norm() <= 1e-6 * (1 + r.Iterates[2].L2Norm())
                ? Mistakes.GradientNotReevaluated
                : "On a quadratic the model is exact: one step x0 − A⁻¹∇f(x0) lands on A⁻¹b, where ∇f = 0.";
            Check.That(r.Converged && r.Iterations == 1,
                $"{what} returned Status = {r.Status} after {r.Iterations} steps at X = {Fmt.Point(r.X)}; expected Converged after exactly 1 step. " + hint);
            Approx.Equal(r.X, q.XStar, $"{what}: X", "the minimum A⁻¹b", rtol: 1e-10, atol: 1e-10, hint: hint);
        }

        // And no step from the minimum itself: ∇f = A(x − m) is exactly 0 at m, and 0 ≤ gradTol = 0.
        var rngAt = Seeded.Rng(837);
        var bowl = Quadratic.WithEigenvalues(rngAt, 1, 5, 2);
        var m = rngAt.Vector(3, -3, 3);
        var atMinimum = m.Clone();
        var atMinimumBefore = atMinimum.ToArray();
        var whatAt = $"{Call} on f(x) = ½(x − m)ᵀA(x − m) from its minimum x0 = m = {Fmt.Point(m)} (∇f(x0) = 0 exactly) with gradTol = 0, maxIter = 20";
        var stay = Run(x => bowl.A * (x - m), bowl.Hess, atMinimum, 0, 20, whatAt);
        MinimizeChecks.StopsAtOnce(stay, atMinimum, atMinimumBefore, whatAt);
    }

    [Test, Points(3), Task("newton-minimise"), Visibility(TestVisibility.Hidden)]
    public void Newton_FollowsThePurePathOnAShiftedRosenbrock()
    {
        var rng = Seeded.Rng(832);
        var a = Math.Round(rng.Uniform(0.7, 1.4), 3);
        var b = Math.Round(rng.Uniform(60, 150), 1);
        Vector<double> G(Vector<double> v) => Functions.RosenbrockGradient(v, a, b);
        Matrix<double> H(Vector<double> v) => Functions.RosenbrockHessian(v, a, b);
        var x0 = Functions.Vec(Math.Round(-1.2 * a + rng.Uniform(-0.1, 0.1), 3), Math.Round(rng.Uniform(0.8, 1.2), 3));
        var x0Before = x0.ToArray();
        var what = $"{Call} on {Functions.RosenbrockName(a, b)} from x0 = {Fmt.Point(x0)} with gradTol = 1e-9, maxIter = 50";
        var r = Run(G, H, x0, 1e-9, 50, what);
        MinimizeChecks.WellFormed(r, x0, x0Before, what);
        var expected = Expected.Newton(G, H, x0, 1e-9, 50);
        MinimizeChecks.SamePath(r, expected, what,
            (Expected.Newton(G, H, x0, 1e-9, 50, staleGradient: true), Mistakes.GradientNotReevaluated),
            (Expected.Newton(G, H, x0, 1e-9, 50, staleHessian: true), Mistakes.HessianNotReevaluated));
        Approx.Equal(r.X, Functions.Vec(a, a * a), $"{what}: X", $"the minimum (a, a²) = ({Fmt.Num(a)}, {Fmt.Num(a * a)})", rtol: 1e-9, atol: 1e-9);
    }

    [Test, Points(1), Task("newton-minimise"), Visibility(TestVisibility.Visible)]
    public void Newton_UsesTheHessianItIsGiven()
    {
        // f(x) = Σ cosh(x_i − c_i) + ½xᵀAx is convex. The Hessian passed in is TWICE the true one: the
        // stationary point is the same, but every step is half of Newton's, so the path is not Newton's.
        var rng = Seeded.Rng(833);
        const int n = 3;
        var c = rng.Vector(n, -1, 1);
        var q = Quadratic.WithEigenvalues(rng, 0.5, 1, 2);
        Vector<double> G(Vector<double> x) => Vector<double>.Build.Dense(n, i => Math.Sinh(x[i] - c[i])) + q.A * x;
        Matrix<double> TrueH(Vector<double> x) => Matrix<double>.Build.DenseOfDiagonalVector(Vector<double>.Build.Dense(n, i => Math.Cosh(x[i] - c[i]))) + q.A;
        Matrix<double> GivenH(Vector<double> x) => 2 * TrueH(x);
        var x0 = rng.Vector(n, -1.5, 1.5);
        var x0Before = x0.ToArray();
        var what = $"{Call} on f(x) = Σ cosh(x_i − c_i) + ½xᵀAx (c = {Fmt.Point(c)}) with hess returning 2 × the true Hessian " +
                   $"(the same stationary point, half-length steps), from x0 = {Fmt.Point(x0)}, gradTol = 1e-9, maxIter = 200";
        var counted = new CallCounter<Vector<double>, Matrix<double>>(GivenH);
        var r = Run(G, counted.Func, x0, 1e-9, 200, what);
        MinimizeChecks.WellFormed(r, x0, x0Before, what);
        Check.That(counted.Calls >= r.Iterations,
            $"{what} took {r.Iterations} steps but called hess only {counted.Calls} time(s). " +
            (counted.Calls == 1 ? Mistakes.HessianNotReevaluated : Mistakes.IgnoresGivenHessian));
        var expected = Expected.Newton(G, GivenH, x0, 1e-9, 200);
        MinimizeChecks.SamePath(r, expected, what,
            (Expected.Newton(G, TrueH, x0, 1e-9, 200), Mistakes.IgnoresGivenHessian),
            (Expected.Newton(G, GivenH, x0, 1e-9, 200, staleHessian: true), Mistakes.HessianNotReevaluated));
    }

    [Test, Points(1), Task("newton-minimise"), Visibility(TestVisibility.Visible)]
    public void Newton_FindsASaddlePointBecauseItSolvesGradEqualsZero()
    {
        var rng = Seeded.Rng(834);
        var q = Quadratic.WithEigenvalues(rng, 2, -1.5, 0.7);
        var x0 = rng.Vector(3, -2, 2);
        var x0Before = x0.ToArray();
        var what = $"{Call} on {q.Describe("a saddle")} from x0 = {Fmt.Point(x0)} with gradTol = 1e-9, maxIter = 20";
        var r = Guard.Call(() => Minimizer.Newton(q.Grad, q.Hess, x0, 1e-9, 20), what, MinimizeChecks.NoThrow + " " + Mistakes.CholeskyForIndefinite);
        MinimizeChecks.WellFormed(r, x0, x0Before, what);
        Check.That(r.Status != MinimizeStatus.StepFailed,
            $"{what} returned StepFailed at X = {Fmt.Point(r.X)}, but H is nonsingular, so the Newton step exists. " + Mistakes.CholeskyForIndefinite);
        Check.That(r.Converged && r.Iterations == 1,
            $"{what} returned Status = {r.Status} after {r.Iterations} steps; expected Converged after 1 step. Pure Newton solves ∇f = 0, and on " +
            "a quadratic one step lands on the stationary point, here a saddle (that is why DampedNewton exists).");
        Approx.Equal(r.X, q.XStar, $"{what}: X", "the saddle point A⁻¹b", rtol: 1e-10, atol: 1e-10);
    }

    [Test, Points(1), Task("newton-minimise"), Visibility(TestVisibility.Visible)]
    public void Newton_ReportsASingularHessianWithoutNaNOrException()
    {
        // f(x, y) = x⁴/4 + (y − c)²: at x = 0 the Hessian diag(3x², 2) = diag(0, 2) is singular.
        var c = Math.Round(Seeded.Rng(835).Uniform(-2, 2), 3);
        var y0 = Math.Round(c + 1.5, 3);
        Vector<double> G(Vector<double> v) => Functions.Vec(Math.Pow(v[0], 3), 2 * (v[1] - c));
        Matrix<double> H(Vector<double> v) => Functions.Mat(new[,] { { 3 * v[0] * v[0], 0 }, { 0, 2.0 } });
        var x0 = Functions.Vec(0, y0);
        var x0Before = x0.ToArray();
        var what = $"{Call} on f(x, y) = x⁴/4 + (y − {Fmt.Num(c)})² from x0 = (0, {Fmt.Num(y0)}), where the Hessian diag(0, 2) is singular " +
                   "(gradTol = 1e-9, maxIter = 20)";
        var r = Guard.Call(() => Minimizer.Newton(G, H, x0, 1e-9, 20), what, "A singular Hessian is a normal outcome. " + Mistakes.SingularHessianUnhandled);
        MinimizeChecks.WellFormed(r, x0, x0Before, what);
        Check.That(r.Status == MinimizeStatus.StepFailed && r.Iterations == 0,
            $"{what} returned Status = {r.Status} after {r.Iterations} steps at X = {Fmt.Point(r.X)}; expected StepFailed after 0 steps with X = x0: " +
            "H·p = −g has no solution here, so no step can be taken. " + Mistakes.SingularHessianUnhandled);
    }

    [Test, Points(1), Task("newton-minimise"), Visibility(TestVisibility.Visible)]
    public void Newton_StopsAfterMaxIterAndLeavesX0Unchanged()
    {
        var rng = Seeded.Rng(836);
        var a = Math.Round(rng.Uniform(0.7, 1.4), 3);
        Vector<double> G(Vector<double> v) => Functions.RosenbrockGradient(v, a, 100);
        Matrix<double> H(Vector<double> v) => Functions.RosenbrockHessian(v, a, 100);
        var x0 = Functions.Vec(Math.Round(rng.Uniform(-2, -1), 3), Math.Round(rng.Uniform(0.5, 2), 3));
        var x0Before = x0.ToArray();
        const int maxIter = 3;
        var what = $"{Call} on {Functions.RosenbrockName(a, 100)} from x0 = {Fmt.Point(x0)} with gradTol = 1e-12, maxIter = 3";
        var r = Run(G, H, x0, 1e-12, maxIter, what);
        MinimizeChecks.WellFormed(r, x0, x0Before, what);
        Check.That(r.Status == MinimizeStatus.MaxIterations && r.Iterations == maxIter,
            $"{what} returned Status = {r.Status}, Iterations = {r.Iterations}; expected MaxIterations after exactly 3 steps x_0 → x_1 → x_2 → x_3." +
            (Math.Abs(r.Iterations - maxIter) == 1 ? " " + Mistakes.IterationsOffByOne : ""));
        var expected = Expected.Newton(G, H, x0, 1e-12, maxIter);
        MinimizeChecks.SamePath(r, expected, what,
            (Expected.Newton(G, H, x0, 1e-12, maxIter, staleGradient: true), Mistakes.GradientNotReevaluated),
            (Expected.Newton(G, H, x0, 1e-12, maxIter, staleHessian: true), Mistakes.HessianNotReevaluated));
    }
}
