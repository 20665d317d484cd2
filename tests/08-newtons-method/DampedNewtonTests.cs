using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NewtonsMethod.HiddenTests;

[TestFixture]
public class DampedNewtonTests
{
    internal const string Call = "DampedNewton.Minimize";

    internal static MinimizeResult Run(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Func<Vector<double>, Matrix<double>> hess, Vector<double> x0, double gradTol, int maxIter, string what) =>
        Guard.Call(() => DampedNewton.Minimize(f, grad, hess, x0, gradTol, maxIter), what, MinimizeChecks.NoThrow);

    /// <summary>f never rises from one iterate to the next.</summary>
    private static void NeverClimbs(MinimizeResult r, Func<Vector<double>, double> f, string what)
    {
        var k = Functions.FirstRise(r.Iterates, f);
        if (k < 0) return;
        Check.That(false,
            $"{what}: f went up from f(x_{k - 1}) = {Fmt.Num(f(r.Iterates[k - 1]))} at {Fmt.Point(r.Iterates[k - 1])} to f(x_{k}) = " +
            $"{Fmt.Num(f(r.Iterates[k]))} at {Fmt.Point(r.Iterates[k])}. " + Mistakes.UphillStepAccepted);
    }

    /// <summary>Converged, and at a minimum: ∇f small and H positive definite at X.</summary>
    private static void EndsAtAMinimum(MinimizeResult r, Func<Vector<double>, Vector<double>> grad, Func<Vector<double>, Matrix<double>> hess,
        double gradTol, string what, string whereTheMinimaAre)
    {
        var h = hess(r.X);
        var eigen = h.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).ToArray();
        // A diagonal that is all positive is the usual wrong shortcut for "positive definite": say so where it misled.
        var diagonalMisleads = h.Diagonal().All(d => d > 0) && !Functions.PositiveDefinite(h)
            ? $" H(X) = {Fmt.Point(h.ToRowMajorArray())} (row by row) has a positive diagonal but is not positive definite: the diagonal alone does not decide. "
            : " ";
        Check.That(Functions.PositiveDefinite(h) || !r.Converged,
            $"{what} converged at X = {Fmt.Point(r.X)}, where the Hessian has eigenvalues {Fmt.Point(eigen)}: that is " +
            (eigen.All(e => e < 0) ? "a maximum" : "a saddle point") + $", not a minimum ({whereTheMinimaAre})." + diagonalMisleads +
            Mistakes.NoDefinitenessCheck);
        Check.That(r.Converged,
            $"{what} returned Status = {r.Status} after {r.Iterations} steps at X = {Fmt.Point(r.X)} (‖∇f‖ = {Fmt.Num(grad(r.X).L2Norm())}); " +
            $"expected convergence to a minimum ({whereTheMinimaAre})." +
            (Functions.PositiveDefinite(h) ? "" : " " + Mistakes.NoDefinitenessCheck));
        Check.That(grad(r.X).L2Norm() <= gradTol * (1 + 1e-9),
            $"{what} reported Converged at X = {Fmt.Point(r.X)}, where ‖∇f(X)‖ = {Fmt.Num(grad(r.X).L2Norm())} > gradTol = {Fmt.Num(gradTol)}.");
    }

    [Test, Points(3), Task("damped-newton"), Visibility(TestVisibility.Visible)]
    public void DampedNewton_EscapesTheMaximumTrapOfXCosCx()
    {
        // d2l's example: f = x·cos(cx) with c = 0.15π from x = 10. Pure Newton goes 10 → 5 → 24.9 → … → 26.834, a local
        // MAXIMUM; a descent method heads for the minimum near 7.27. Here c is moved by a seeded amount.
        var rng = Seeded.Rng(841);
        var c = 0.15 * Math.PI * Math.Round(rng.Uniform(0.9, 1.1), 3);
        double F(Vector<double> v) => Functions.XCos(v, c);
        Vector<double> G(Vector<double> v) => Functions.XCosGradient(v, c);
        Matrix<double> H(Vector<double> v) => Functions.XCosHessian(v, c);
        foreach (var x0Value in new[] { Math.Round(1.5 * Math.PI / c, 3), Math.Round(0.75 * Math.PI / c, 3) })
        {
            var x0 = Functions.Vec(x0Value);
            var x0Before = x0.ToArray();
            var what = $"{Call} on f(x) = x·cos({Fmt.Num(c)}x) from x0 = {Fmt.Num(x0Value)} (gradTol = 1e-9, maxIter = 100)";
            var r = Run(F, G, H, x0, 1e-9, 100, what);
            MinimizeChecks.WellFormed(r, x0, x0Before, what);
            NeverClimbs(r, F, what);
            EndsAtAMinimum(r, G, H, 1e-9, what, "f″ > 0 there; pure Newton ends at a maximum from here");
            Check.That(F(r.X) < F(x0),
                $"{what} ended at X = {Fmt.Num(r.X[0])} with f = {Fmt.Num(F(r.X))}, not below f(x0) = {Fmt.Num(F(x0))}.");
        }
    }

    [Test, Points(2), Task("damped-newton"), Visibility(TestVisibility.Visible)]
    public void DampedNewton_DoesNotConvergeToASaddlePoint()
    {
        // x⁴/4 + a·x²/2 − b·y²/2 + y⁴/4: saddle at 0, minima at (0, ±√b). From (≈1, small y) the Newton step is a
        // descent direction and runs straight into the saddle; only a definiteness test keeps the method off it.
        var rng = Seeded.Rng(842);
        var a = Math.Round(rng.Uniform(0.005, 0.02), 4);
        var b = Math.Round(rng.Uniform(1.5, 3), 3);
        double F(Vector<double> v) => Functions.Saddle(v, a, b);
        Vector<double> G(Vector<double> v) => Functions.SaddleGradient(v, a, b);
        Matrix<double> H(Vector<double> v) => Functions.SaddleHessian(v, a, b);
        foreach (var y0 in new[] { Math.Round(rng.Uniform(0.05, 0.15), 3), -Math.Round(rng.Uniform(0.05, 0.15), 3) })
        {
            var x0 = Functions.Vec(Math.Round(rng.Uniform(0.8, 1.2), 3), y0);
            var x0Before = x0.ToArray();
            var what = $"{Call} on f(x, y) = x⁴/4 + {Fmt.Num(a)}x²/2 − {Fmt.Num(b)}y²/2 + y⁴/4 from x0 = {Fmt.Point(x0)} (gradTol = 1e-9, maxIter = 200)";
            var r = Run(F, G, H, x0, 1e-9, 200, what);
            MinimizeChecks.WellFormed(r, x0, x0Before, what);
            NeverClimbs(r, F, what);
            var minima = $"the minima are (0, ±{Fmt.Num(Math.Sqrt(b))}), the saddle point is (0, 0)";
            EndsAtAMinimum(r, G, H, 1e-9, what, minima);
            Approx.Equal(Math.Abs(r.X[1]), Math.Sqrt(b), $"{what}: |y| at X", minima, rtol: 1e-6, atol: 1e-6);
        }

        // The same saddle turned 45° with a > b: its Hessian near the saddle is indefinite but has a positive diagonal
        // (and off-diagonal entries), so a definiteness test that looks only at the diagonal is not enough.
        var turned = Seeded.Rng(8421);
        var ta = Math.Round(turned.Uniform(2.5, 3.5), 3);
        var tb = Math.Round(turned.Uniform(1.5, 2.2), 3);
        var start = Functions.Turn(Functions.Vec(Math.Round(turned.Uniform(0.8, 1.2), 3), Math.Round(turned.Uniform(0.05, 0.15), 3)));
        var startBefore = start.ToArray();
        var whatTurned = $"{Call} on f(x, y) = s((x + y)/√2, (x − y)/√2) with s(u, w) = u⁴/4 + {Fmt.Num(ta)}u²/2 − {Fmt.Num(tb)}w²/2 + w⁴/4 " +
                         $"(a saddle turned 45°) from x0 = {Fmt.Point(start)} (gradTol = 1e-9, maxIter = 200)";
        var turnedRun = Run(v => Functions.TurnedSaddle(v, ta, tb), v => Functions.TurnedSaddleGradient(v, ta, tb),
            v => Functions.TurnedSaddleHessian(v, ta, tb), start, 1e-9, 200, whatTurned);
        MinimizeChecks.WellFormed(turnedRun, start, startBefore, whatTurned);
        NeverClimbs(turnedRun, v => Functions.TurnedSaddle(v, ta, tb), whatTurned);
        var m = Math.Sqrt(tb / 2);
        var turnedMinima = $"the minima are ±({Fmt.Num(m)}, −{Fmt.Num(m)}), the saddle point is (0, 0)";
        EndsAtAMinimum(turnedRun, v => Functions.TurnedSaddleGradient(v, ta, tb), v => Functions.TurnedSaddleHessian(v, ta, tb), 1e-9,
            whatTurned, turnedMinima);
        Approx.Equal(Math.Abs(turnedRun.X[0]), m, $"{whatTurned}: |x| at X", turnedMinima, rtol: 1e-6, atol: 1e-6);
        Approx.Equal(turnedRun.X[1], -turnedRun.X[0], $"{whatTurned}: y at X", turnedMinima + ": y = −x", rtol: 1e-6, atol: 1e-6);

        // In 3-D a positive diagonal and a positive determinant (exact for 2 × 2) are not enough either: two negative
        // eigenvalues keep det H > 0.
        var three = Seeded.Rng(8422);
        var a3 = Math.Round(three.Uniform(3, 3.5), 3);
        var b3 = Math.Round(three.Uniform(1, 1.2), 3);
        var start3 = Functions.Frame3 * Functions.Vec(Math.Round(three.Uniform(0.8, 1.2), 3), Math.Round(three.Uniform(0.05, 0.15), 3),
            -Math.Round(three.Uniform(0.05, 0.15), 3));
        var start3Before = start3.ToArray();
        var what3 = $"{Call} on a 3-D saddle f = c₀⁴/4 + {Fmt.Num(a3)}c₀²/2 + Σᵢ(−{Fmt.Num(b3)}cᵢ²/2 + cᵢ⁴/4), c = Qᵀx with Q's first column " +
                    $"(1, 1, 1)/√3, from x0 = {Fmt.Point(start3)} (gradTol = 1e-9, maxIter = 200)";
        var run3 = Run(v => Functions.Saddle3(v, a3, b3), v => Functions.Saddle3Gradient(v, a3, b3), v => Functions.Saddle3Hessian(v, a3, b3),
            start3, 1e-9, 200, what3);
        MinimizeChecks.WellFormed(run3, start3, start3Before, what3);
        NeverClimbs(run3, v => Functions.Saddle3(v, a3, b3), what3);
        var minima3 = $"the minima are where c₀ = 0 and c₁, c₂ = ±{Fmt.Num(Math.Sqrt(b3))}; the saddle point is (0, 0, 0), where H has a " +
                      "positive diagonal and det H > 0 but eigenvalues of both signs";
        EndsAtAMinimum(run3, v => Functions.Saddle3Gradient(v, a3, b3), v => Functions.Saddle3Hessian(v, a3, b3), 1e-9, what3, minima3);
        Approx.Equal(Functions.Saddle3(run3.X, a3, b3), -b3 * b3 / 2, $"{what3}: f(X)", minima3 + ": f = −b²/2 there", rtol: 1e-9, atol: 1e-12);
    }

    [Test, Points(1), Task("damped-newton"), Visibility(TestVisibility.Visible)]
    public void DampedNewton_DoesNotClimbToAMaximum()
    {
        // cos x + cos y near the origin: the Hessian is negative definite and pure Newton goes to the maximum (0, 0).
        var rng = Seeded.Rng(843);
        var x0 = Functions.Vec(Math.Round(rng.Uniform(0.2, 0.6), 3), -Math.Round(rng.Uniform(0.2, 0.6), 3));
        var x0Before = x0.ToArray();
        var what = $"{Call} on f(x, y) = cos x + cos y from x0 = {Fmt.Point(x0)}, near the maximum (0, 0) (gradTol = 1e-9, maxIter = 100)";
        var r = Run(Functions.Bumps, Functions.BumpsGradient, Functions.BumpsHessian, x0, 1e-9, 100, what);
        MinimizeChecks.WellFormed(r, x0, x0Before, what);
        NeverClimbs(r, Functions.Bumps, what);
        EndsAtAMinimum(r, Functions.BumpsGradient, Functions.BumpsHessian, 1e-9, what, "f = −2 at (±π, ±π) and its copies");
        Approx.Equal(Functions.Bumps(r.X), -2, $"{what}: f(X)", "the minimum value −2", rtol: 0, atol: 1e-9);
    }

    [Test, Points(2), Task("damped-newton"), Visibility(TestVisibility.Visible)]
    public void DampedNewton_SolvesRosenbrockWithoutRaisingF()
    {
        var rng = Seeded.Rng(844);
        var a = Math.Round(rng.Uniform(0.7, 1.4), 3);
        var b = Math.Round(rng.Uniform(60, 150), 1);
        double F(Vector<double> v) => Functions.Rosenbrock(v, a, b);
        Vector<double> G(Vector<double> v) => Functions.RosenbrockGradient(v, a, b);
        Matrix<double> H(Vector<double> v) => Functions.RosenbrockHessian(v, a, b);
        foreach (var x0 in new[] { Functions.Vec(-1.2, 1), Functions.Vec(Math.Round(rng.Uniform(-2, 2), 3), Math.Round(rng.Uniform(-1, 3), 3)) })
        {
            var x0Before = x0.ToArray();
            // The reference needs 20–30 iterations from these starts; 100 leaves room for other safeguards.
            var what = $"{Call} on {Functions.RosenbrockName(a, b)} from x0 = {Fmt.Point(x0)} (gradTol = 1e-9, maxIter = 100)";
            var r = Run(F, G, H, x0, 1e-9, 100, what);
            MinimizeChecks.WellFormed(r, x0, x0Before, what);
            NeverClimbs(r, F, what);
            EndsAtAMinimum(r, G, H, 1e-9, what, $"the only minimum is (a, a²) = ({Fmt.Num(a)}, {Fmt.Num(a * a)})");
            Approx.Equal(r.X, Functions.Vec(a, a * a), $"{what}: X", "the minimum (a, a²)", rtol: 1e-8, atol: 1e-8);
        }
    }

    [Test, Points(1), Task("damped-newton"), Visibility(TestVisibility.Visible)]
    public void DampedNewton_TakesTheFullNewtonStepOnAConvexQuadratic()
    {
        var rng = Seeded.Rng(845);
        var q = Quadratic.WithEigenvalues(rng, 0.2, 3, 1, 12);
        var x0 = rng.Vector(4, -5, 5);
        var x0Before = x0.ToArray();
        var what = $"{Call} on {q.Describe("a bowl")} from x0 = {Fmt.Point(x0)} (gradTol = 1e-9, maxIter = 50)";
        var r = Run(q.F, q.Grad, q.Hess, x0, 1e-9, 50, what);
        MinimizeChecks.WellFormed(r, x0, x0Before, what);
        Check.That(r.Converged && r.Iterations == 1,
            $"{what} returned Status = {r.Status} after {r.Iterations} steps; expected Converged after 1 step. H is positive definite, so the " +
            "direction is the Newton step, and the line search must try α = 1 first: the full step lands on the minimum and passes the Armijo test. " +
            "A safeguard must not slow Newton down where it works.");
        Approx.Equal(r.X, q.XStar, $"{what}: X", "the minimum A⁻¹b", rtol: 1e-10, atol: 1e-10);

        // And no step from the minimum itself: ∇f = A(x − m) is exactly 0 at m, and 0 ≤ gradTol = 0.
        var m = rng.Vector(4, -5, 5);
        var atMinimum = m.Clone();
        var atMinimumBefore = atMinimum.ToArray();
        var whatAt = $"{Call} on f(x) = ½(x − m)ᵀA(x − m) (the same A) from its minimum x0 = m = {Fmt.Point(m)} (∇f(x0) = 0 exactly) with gradTol = 0, maxIter = 50";
        var stay = Run(x => 0.5 * (x - m).DotProduct(q.A * (x - m)), x => q.A * (x - m), q.Hess, atMinimum, 0, 50, whatAt);
        MinimizeChecks.StopsAtOnce(stay, atMinimum, atMinimumBefore, whatAt);
    }

    [Test, Points(1), Task("damped-newton"), Visibility(TestVisibility.Visible)]
    public void DampedNewton_StopsAfterMaxIterAndKeepsEveryIterate()
    {
        var rng = Seeded.Rng(846);
        var a = Math.Round(rng.Uniform(0.7, 1.4), 3);
        double F(Vector<double> v) => Functions.Rosenbrock(v, a, 100);
        Vector<double> G(Vector<double> v) => Functions.RosenbrockGradient(v, a, 100);
        Matrix<double> H(Vector<double> v) => Functions.RosenbrockHessian(v, a, 100);
        var x0 = Functions.Vec(Math.Round(rng.Uniform(-2, -1), 3), Math.Round(rng.Uniform(1, 2), 3));
        var x0Before = x0.ToArray();
        const int maxIter = 4;
        var what = $"{Call} on {Functions.RosenbrockName(a, 100)} from x0 = {Fmt.Point(x0)} with gradTol = 1e-12, maxIter = 4";
        var r = Run(F, G, H, x0, 1e-12, maxIter, what);
        MinimizeChecks.WellFormed(r, x0, x0Before, what);
        Check.That(r.Status == MinimizeStatus.MaxIterations && r.Iterations == maxIter,
            $"{what} returned Status = {r.Status}, Iterations = {r.Iterations}; expected MaxIterations after exactly 4 steps." +
            (Math.Abs(r.Iterations - maxIter) == 1 ? " " + Mistakes.IterationsOffByOne : ""));
        Check.That(r.Iterates.Distinct().Count() == r.Iterates.Count && r.Iterates.Zip(r.Iterates.Skip(1)).All(p => !p.First.Equals(p.Second)),
            $"{what}: Iterates holds the same point twice; each entry must be the point reached by one step.");
        NeverClimbs(r, F, what);
    }
}
