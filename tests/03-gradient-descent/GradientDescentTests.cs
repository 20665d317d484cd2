using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace GradientDescent.HiddenTests;

[TestFixture]
public class GradientDescentTests
{
    private const string Call = "Optimizers.GradientDescent";
    private const string NoThrow = "A run that ends without converging is a normal outcome: report it in the result instead of throwing.";

    public const string PlateauHint =
        "Mistake [m03.converges-on-f-change]: convergence tested on a small change in f (or in x); on a flat stretch each step changes f by a tiny " +
        "amount while the minimum is still far away. Fix: test convergence on the gradient, ‖∇f(x)‖ ≤ gradTol (and cap the iterations at maxIter), not on a small change in f.";

    /// <summary>⌈κ·ln(1e10)⌉: with γ = 1/λ_max plain descent shrinks the error by (1 − 1/κ) per
    /// step, so this many steps shrink it by 1e10.</summary>
    public static int Budget(double kappa) => (int)Math.Ceiling(kappa * Math.Log(1e10));

    private static readonly (int N, double Kappa, int Salt)[] Cases = [(2, 2, 211), (3, 5, 212), (5, 10, 213), (4, 10, 214), (6, 8, 215)];

    [Test, Points(3), Task("gradient-descent")]
    public void GradientDescent_ConvergesOnSpdQuadraticsWithinTheBudget()
    {
        PathPlot.Record();
        foreach (var (n, kappa, salt) in Cases)
        {
            var rng = Seeded.Rng(salt);
            var q = Quadratic.Random(rng, n, kappa);
            var x0 = rng.Vector(n, -1, 1);
            const double tol = 1e-8;
            var gamma = 1 / q.LambdaMax;
            var budget = Budget(kappa);
            var what = $"{Call} on {q.Name} from x0 = {Fmt.Point(x0)} with γ = 1/λ_max = {Fmt.Num(gamma)}, gradTol = 1e-8, maxIter = {budget} (⌈κ·ln 1e10⌉)";
            var r = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0.Clone(), gamma, budget, tol), what, NoThrow);
            Results.WellFormed(r, n, what);
            var fX = q.F(r.X);
            var climbing = fX > q.F(x0);
            Check.That(!r.Diverged || !climbing, $"{what} reported Diverged = true, and f went up from {Fmt.Num(q.F(x0))} to {Fmt.Num(fX)}. " + GradientStepTests.Climbing);
            Check.That(!r.Diverged, $"{what} reported Diverged = true after {r.Iterations} iterations, but with γ = 1/λ_max f decreases at every step. " +
                "Flag divergence only by the README's rule: a point or f value that is not finite, or f above f(x_0) + 1e6·(1 + |f(x_0)|).");
            Check.That(r.Converged,
                $"{what} did not converge: Converged = false after {r.Iterations} iterations, ‖∇f(X)‖ = {Fmt.Num(q.Grad(r.X).L2Norm())}. " +
                (climbing ? GradientStepTests.Climbing
                    : "With γ = 1/λ_max every step shrinks the error by at least (1 − 1/κ), so the budget is enough: check the update x ← x − γ·∇f(x) " +
                      "and that the loop runs up to maxIter steps."));
            var gradAtX = q.Grad(r.X).L2Norm();
            Check.That(gradAtX <= tol * (1 + 1e-9),
                $"{what} reported Converged = true after {r.Iterations} iterations at X = {Fmt.Point(r.X)}, but ‖∇f(X)‖ = {Fmt.Num(gradAtX)} > gradTol = 1e-8. " +
                PlateauHint);
            var error = (r.X - q.XStar).L2Norm();
            Check.That(error <= 1.5e-8,
                $"{what}: X = {Fmt.Point(r.X)} is {Fmt.Num(error)} from the minimum A⁻¹b = {Fmt.Point(q.XStar)}; expected within 1e-8 " +
                "(‖∇f‖ ≤ 1e-8 and λ_min = 1 put it there).");
        }
    }

    [Test, Points(2), Task("gradient-descent")]
    public void GradientDescent_StopsOnTheGradientNotOnAFlatStretch()
    {
        var x0 = Functions.Vec(3, 4);
        const double tol = 1e-8;
        const int maxIter = 50_000;
        var what = $"{Call} on {Functions.PlateauName} from x0 = (3, 4) with γ = 1, gradTol = 1e-8, maxIter = {maxIter}";
        var r = Guard.Call(() => Optimizers.GradientDescent(Functions.Plateau, Functions.PlateauGradient, x0.Clone(), 1, maxIter, tol), what, NoThrow);
        Results.WellFormed(r, 2, what);
        var gradAtX = Functions.PlateauGradient(r.X).L2Norm();
        if (r.Converged)
            Check.That(gradAtX <= tol * (1 + 1e-9),
                $"{what} reported Converged = true after {r.Iterations} iterations at X = {Fmt.Point(r.X)}, where ‖∇f(X)‖ = {Fmt.Num(gradAtX)} " +
                $"is still above gradTol = 1e-8. From (3, 4) the first steps move across an almost flat stretch: ‖∇f‖ ≈ 1.9e-5 but f changes by " +
                "only ≈ 3.5e-10 per step, and the minimum at 0 is 5 away. You stopped at the plateau. " + PlateauHint);
        Check.That(!r.Diverged, $"{what} reported Diverged = true after {r.Iterations} iterations; f only decreases on this run. " +
            "Flag divergence only by the README's rule.");
        Check.That(r.Converged,
            $"{what} did not converge: Converged = false after {r.Iterations} iterations at X = {Fmt.Point(r.X)} (‖∇f‖ = {Fmt.Num(gradAtX)}). " +
            (Functions.Plateau(r.X) > Functions.Plateau(x0)
                ? GradientStepTests.Climbing
                : "It needs about 12,000 steps of x ← x − γ·∇f to cross the flat stretch; keep going until ‖∇f‖ ≤ gradTol or maxIter steps."));
        Check.That(r.X.L2Norm() <= 1e-6, $"{what}: X = {Fmt.Point(r.X)}; expected the minimum (0, 0) to within 1e-6.");
    }

    [Test, Points(1), Task("gradient-descent")]
    public void GradientDescent_RecordsIterationsAndHistoryAsTheReadmeDefines()
    {
        var rng = Seeded.Rng(221);
        var q = Quadratic.Random(rng, 3, 4);
        var x0 = rng.Vector(3, -1, 1);
        var x0Before = x0.ToArray();
        var what = $"{Call} on {q.Name} from x0 = {Fmt.Point(x0)} (γ = 0.25, gradTol = 1e-6)";
        var r = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0, 0.25, 1000, 1e-6), what, NoThrow);
        Results.WellFormed(r, 3, what);
        Results.LeftX0Unchanged(x0, x0Before, what);
        Check.That(r.Converged, $"{what} did not converge (Iterations = {r.Iterations}, Diverged = {r.Diverged})." + Results.ClimbingHint(q.F(r.X), q.F(x0)));
        var h = r.History;
        // Which of the two is off, History or Iterations, shows against the run the README defines.
        var run = Expected.GradientDescent(q.F, q.Grad, x0, 0.25, 1000, 1e-6);
        var steps = run.Iterations;
        var startsAtF0 = h.Count > 0 && Approx.Close(h[0], q.F(x0), 1e-12, 1e-15);
        Check.That(h.Count == r.Iterations + 1,
            $"{what}: History has {h.Count} values for Iterations = {r.Iterations}. History is f(x_0), f(x_1), …, f(x_k) with k = Iterations, " +
            "so it holds Iterations + 1 values: f(x_0) first, then one value per step taken." +
            (Results.CountsOneStepTooMany(r, run) ? " " + Results.IterationsOffByOne
                : h.Count == r.Iterations && r.Iterations == steps && !startsAtF0 ? " Mistake [m03.history-missing-f0]: Did you leave out f(x_0)? Fix: start History with f(x_0)."
                : h.Count == r.Iterations + 2 && r.Iterations == steps ? " Mistake [m03.history-extra-value]: one step is counted twice, or one value added after the loop. Fix: append f once per step taken."
                : $" The run takes {steps} steps here."));
        Approx.Equal(h[0], q.F(x0), $"{what}: History[0]", "f(x_0)", rtol: 1e-12, atol: 1e-15);
        Approx.Equal(h[^1], q.F(r.X), $"{what}: the last History value", "f(X), f at the returned point", rtol: 1e-12, atol: 1e-15,
            hint: "History ends with f(x_k), the value at the X you return.");
        for (var j = 0; j + 1 < h.Count; j++)
            Check.That(h[j + 1] <= h[j] + 1e-12 * (1 + Math.Abs(h[j])),
                $"{what}: History[{j + 1}] = {Fmt.Num(h[j + 1])} is above History[{j}] = {Fmt.Num(h[j])}; with γ = 1/λ_max every step lowers f, " +
                "so History must hold f at the successive points x_0, x_1, … in order.");
    }

    [Test, Points(1), Task("gradient-descent")]
    public void GradientDescent_StopsAfterMaxIterSteps()
    {
        var rng = Seeded.Rng(223);
        var q = Quadratic.Random(rng, 3, 10);
        var x0 = rng.Vector(3, -1, 1);
        const int maxIter = 5;
        var what = $"{Call} on {q.Name} from x0 = {Fmt.Point(x0)} with γ = 0.1, maxIter = 5, gradTol = 1e-14";
        var r = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0.Clone(), 0.1, maxIter, 1e-14), what, NoThrow);
        Results.WellFormed(r, 3, what);
        Check.That(!r.Converged && !r.Diverged,
            $"{what} returned Converged = {r.Converged}, Diverged = {r.Diverged}; after 5 steps ‖∇f‖ is far above 1e-14, so both must be false.");
        Check.That(r.Iterations == maxIter,
            $"{what} returned Iterations = {r.Iterations}; expected 5: the run takes maxIter steps x_0 → x_1 → … → x_5 and then stops " +
            "(Iterations counts the steps taken)." +
            (Results.CountsOneStepTooMany(r, Expected.GradientDescent(q.F, q.Grad, x0, 0.1, maxIter, 1e-14)) ? " " + Results.IterationsOffByOne : ""));
        Check.That(r.History.Count == maxIter + 1, $"{what}: History has {r.History.Count} values; expected 6, f(x_0) … f(x_5).");
        var expected = Expected.GradientDescent(q.F, q.Grad, x0, 0.1, maxIter, 1e-14).X;
        Approx.Equal(r.X, expected, $"{what}: X", "x_5, five steps x ← x − γ·∇f(x) from x0", rtol: 1e-12, atol: 1e-14,
            hint: "X must be x_5, the point after exactly maxIter steps." + Results.ClimbingHint(q.F(r.X), q.F(x0)) +
                  (Diagnose.AllClose(r.X, expected, 1e-6, 1e-9)
                      ? " Mistake [m03.ignores-given-gradient]: close, but not exactly x_5: are your steps made with the grad you are given, or with " +
                        "a numerical gradient of f? Fix: call the grad function passed in."
                      : ""));
    }

    [Test, Points(1), Task("gradient-descent")]
    public void GradientDescent_ReturnsAtOnceWhenX0IsAlreadyAMinimum()
    {
        var rng = Seeded.Rng(227);
        var x0 = rng.Vector(3, -1, 1);
        var q = Quadratic.Random(rng, 3, 6).WithMinimumAt(x0);
        var what = $"{Call} from x0 = {Fmt.Point(x0)}, which is already the minimum (∇f(x0) = 0)";
        var r = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0.Clone(), 1 / q.LambdaMax, 100, 1e-8), what, NoThrow);
        Results.WellFormed(r, 3, what);
        Check.That(r.Converged && !r.Diverged && r.Iterations == 0 && r.History.Count == 1,
            $"{what} returned Converged = {r.Converged}, Diverged = {r.Diverged}, Iterations = {r.Iterations}, History with {r.History.Count} values; " +
            "expected Converged = true, Diverged = false, Iterations = 0 and History = [f(x0)]. " +
            (Results.CountsOneStepTooMany(r, Expected.GradientDescent(q.F, q.Grad, x0, 1 / q.LambdaMax, 100, 1e-8)) ? Results.IterationsOffByOne
                : r.Converged && r.Iterations > 0 && r.History.Count == r.Iterations + 1
                    ? "Mistake [m03.gradient-checked-after-step]: the gradient test comes after a step. Fix: check ‖∇f(x_k)‖ ≤ gradTol (≤, not <) at the " +
                      "top of the loop, before taking a step, so a run that starts at a minimum takes none."
                    : "Check ‖∇f(x_k)‖ ≤ gradTol at the top of the loop, before taking a step, so a run that starts at a minimum takes none."));
        Approx.Equal(r.X, x0, $"{what}: X", "x0 itself", rtol: 0, atol: 0);

        // A tie: with gradTol = 0, ‖∇f(x0)‖ = 0 still satisfies ‖∇f‖ ≤ gradTol.
        var tie = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0.Clone(), 1 / q.LambdaMax, 100, 0), what + " and gradTol = 0", NoThrow);
        Results.WellFormed(tie, 3, what + " and gradTol = 0");
        Check.That(tie.Converged && tie.Iterations == 0,
            $"{what} and gradTol = 0 returned Converged = {tie.Converged}, Iterations = {tie.Iterations}; ‖∇f(x0)‖ = 0 ≤ 0, so it must converge at once. " +
            (!tie.Converged && tie.X.Equals(x0)
                ? "Mistake [m03.strict-tolerance]: the test is ‖∇f‖ < gradTol, so a gradient of exactly 0 never passes it. Fix: converge when ‖∇f‖ ≤ gradTol (the README's rule)."
                : tie.Iterations > 0 && !tie.X.Equals(x0)
                    ? "Mistake [m03.ignores-given-gradient]: the grad handed in is exactly 0 at x0, yet the run moved. Fix: step with, and test " +
                      "convergence on, the grad function you are given; do not differentiate f yourself."
                    : ""));

        // And only there: a start away from the minimum must take steps (a run that always returns
        // x0 as converged must not earn this point).
        var away = x0 + Functions.Vec(0.5, -0.5, 0.5);
        var moved = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, away.Clone(), 1 / q.LambdaMax, 2000, 1e-8), $"{Call} from {Fmt.Point(away)}", NoThrow);
        Results.WellFormed(moved, 3, $"{Call} from {Fmt.Point(away)}");
        Check.That(moved.Iterations > 0,
            $"{Call} on the same f from {Fmt.Point(away)} (not a minimum) returned Converged = {moved.Converged}, Iterations = {moved.Iterations}; " +
            "it must take steps from a point that is not a minimum.");
    }

    [Test, Points(1), Task("gradient-descent")]
    public void GradientDescent_ConvergesOnTheLastAllowedStep()
    {
        // A run that reaches ‖∇f‖ ≤ gradTol exactly at step maxIter has converged: the README's loop
        // tests the gradient before it tests k == maxIter.
        var rng = Seeded.Rng(229);
        var q = Quadratic.Random(rng, 3, 5);
        var x0 = rng.Vector(3, -1, 1);
        var gamma = 1 / q.LambdaMax;
        var needed = Expected.GradientDescent(q.F, q.Grad, x0, gamma, 10_000, 1e-8).Iterations;
        var what = $"{Call} on {q.Name} from x0 = {Fmt.Point(x0)} with γ = {Fmt.Num(gamma)}, gradTol = 1e-8 and maxIter = {needed}, exactly the " +
                   $"number of steps after which ‖∇f‖ ≤ gradTol";
        var r = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0.Clone(), gamma, needed, 1e-8), what, NoThrow);
        Results.WellFormed(r, 3, what);
        Check.That(r.Converged && !r.Diverged && r.Iterations == needed,
            $"{what} returned Converged = {r.Converged}, Iterations = {r.Iterations}; expected Converged = true after {needed} iterations." +
            Results.ClimbingHint(q.F(r.X), q.F(x0)) +
            (Results.CountsOneStepTooMany(r, Expected.GradientDescent(q.F, q.Grad, x0, gamma, needed, 1e-8)) ? " " + Results.IterationsOffByOne : "") +
            (!r.Converged && r.Iterations == needed
                ? " Mistake [m03.cap-before-convergence]: the maxIter check comes before the gradient test, so a run that converges on its last " +
                  "allowed step is reported as not converged. Fix: test ‖∇f(x_k)‖ ≤ gradTol first, then k == maxIter (the README's loop)."
                : ""));
        var one = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0.Clone(), gamma, needed - 1, 1e-8), what, NoThrow);
        Results.WellFormed(one, 3, what);
        Check.That(!one.Converged && one.Iterations == needed - 1,
            $"The same run with maxIter = {needed - 1} returned Converged = {one.Converged}, Iterations = {one.Iterations}; expected " +
            $"Converged = false after exactly {needed - 1} iterations (one step short).");
    }

    [Test, Points(1), Task("gradient-descent")]
    public void GradientDescent_UsesTheGradientItIsGiven()
    {
        // The gradient handed in is deliberately half of ∇f: the optimiser must step with (and test
        // convergence on) the function it receives, not differentiate f itself.
        var rng = Seeded.Rng(231);
        var q = Quadratic.Random(rng, 3, 4);
        var x0 = rng.Vector(3, -1, 1);
        Vector<double> Half(Vector<double> x) => 0.5 * q.Grad(x);
        var gamma = 1 / q.LambdaMax;
        var expected = Expected.GradientDescent(q.F, Half, x0, gamma, 5000, 1e-8);
        var own = Expected.GradientDescent(q.F, q.Grad, x0, gamma, 5000, 1e-8);
        var what = $"{Call} on {q.Name} from x0 = {Fmt.Point(x0)}, γ = {Fmt.Num(gamma)}, gradTol = 1e-8, with grad = ½∇f handed in on purpose";
        var r = Guard.Call(() => Optimizers.GradientDescent(q.F, Half, x0.Clone(), gamma, 5000, 1e-8), what, NoThrow);
        Results.WellFormed(r, 3, what);
        var ignored = Math.Abs(r.Iterations - own.Iterations) <= 2 && Math.Abs(r.Iterations - expected.Iterations) > 2;
        Check.That(r.Converged && r.Iterations == expected.Iterations,
            $"{what} returned Converged = {r.Converged} after {r.Iterations} iterations; stepping x ← x − γ·grad(x) with the grad given " +
            $"converges after {expected.Iterations}." + Results.ClimbingHint(q.F(r.X), q.F(x0)) +
            (ignored
                ? " Mistake [m03.ignores-given-gradient]: your run took the steps of the true ∇f, not of the grad passed in. Fix: call the grad " +
                  "function you are given (once per iteration) for both the step and the convergence test; do not differentiate f yourself."
                : ""));
        Approx.Equal(r.X, expected.X, $"{what}: X", "x_k from steps with the given grad", rtol: 1e-10, atol: 1e-12);
    }
}
