using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace GradientDescent.HiddenTests;

[TestFixture]
public class MomentumTests
{
    private const string NoThrow = "Report how the run ended in the result instead of throwing.";

    public const string NotCarried =
        "Mistake [m03.velocity-not-carried]: Momentum made no difference: is the velocity carried from one step to the next? Fix: start with v = 0 once, before the loop, " +
        "and keep the v that MomentumStep returns for the next step (do not reset it inside the loop).";

    [Test, Points(2), Task("momentum")]
    public void MomentumStep_IsTheHeavyBallUpdate()
    {
        var rng = Seeded.Rng(401);
        for (var k = 0; k < 6; k++)
        {
            var n = 2 + k % 3;
            var x = rng.Vector(n, -2, 2);
            var v = rng.Vector(n, -1, 1);
            var g = rng.Vector(n, -3, 3);
            var gamma = rng.Uniform(0.05, 0.5);
            var beta = rng.Uniform(0.5, 0.95);
            var where = $"Steps.MomentumStep(x = {Fmt.Point(x)}, v = {Fmt.Point(v)}, ∇f = {Fmt.Point(g)}, γ = {Fmt.Num(gamma)}, β = {Fmt.Num(beta)})";
            var newV = beta * v - gamma * g;
            var expectedX = x + newV;
            var (gotX, gotV) = Steps.MomentumStep(x.Clone(), v.Clone(), g.Clone(), gamma, beta);
            Check.That(gotX is not null && gotV is not null && gotX.Count == n && gotV.Count == n,
                $"{where} returned ({(gotX is null ? "null" : $"length {gotX.Count}")}, {(gotV is null ? "null" : $"length {gotV.Count}")}); expected two vectors of length {n}.");

            var vHint = Diagnose.Pick(gotV!, newV, "The new velocity is v' = β·v − γ·∇f(x).",
                (beta * v + gamma * g, "Mistake [m03.momentum-sign]: The gradient enters the velocity with the wrong sign, so the ball rolls uphill. Fix: v' = β·v − γ·∇f."),
                (v, "Mistake [m03.old-velocity-returned]: you returned the old velocity. Fix: return the new one, v' = β·v − γ·∇f, which the next step carries on."),
                (beta * v + g, "Mistake [m03.other-momentum-form]: that is the velocity of the other common form (v ← β·v + ∇f, x ← x − γ·v). Fix: this assignment uses the heavy-ball form " +
                               "of the README: v' = β·v − γ·∇f, x' = x + v'."),
                (-gamma * g, "Mistake [m03.momentum-term-missing]: β·v is missing. Fix: the new velocity keeps a fraction β of the old one, v' = β·v − γ·∇f."),
                (beta * (v - gamma * g), "Mistake [m03.beta-on-gradient]: β multiplies the gradient term too. Fix: β multiplies only the old velocity: v' = β·v − γ·∇f."),
                (expectedX, "Mistake [m03.momentum-results-swapped]: you returned the new point where the velocity belongs. Fix: the result is (x', v') in that order."));
            Approx.Equal(gotV!, newV, $"{where}: the new velocity V", "β·v − γ·∇f", rtol: 1e-13, atol: 1e-15, hint: vHint);

            var xHint = Diagnose.Pick(gotX!, expectedX, "The new point is x' = x + v' with the new velocity v' = β·v − γ·∇f.",
                (x + v, "Mistake [m03.moved-by-old-velocity]: you moved by the old velocity. Fix: first compute v' = β·v − γ·∇f, then x' = x + v'."),
                (x - newV, "Mistake [m03.velocity-subtracted]: the velocity was subtracted. Fix: it is added, x' = x + v'."),
                (x - gamma * g, "Mistake [m03.momentum-term-missing]: the momentum term is missing. Fix: x' = x + β·v − γ·∇f."),
                (x + beta * v + gamma * g, GradientStepTests.Climbing));
            Approx.Equal(gotX!, expectedX, $"{where}: the new point X", "x + β·v − γ·∇f", rtol: 1e-13, atol: 1e-15, hint: xHint);
        }
    }

    [Test, Points(1), Task("momentum")]
    public void MomentumStep_LeavesItsInputsUnchanged()
    {
        var rng = Seeded.Rng(405);
        var x = rng.Vector(3, -1, 1);
        var v = rng.Vector(3, -1, 1);
        var g = rng.Vector(3, -1, 1);
        double[] xBefore = x.ToArray(), vBefore = v.ToArray(), gBefore = g.ToArray();
        var newV = 0.8 * v - 0.2 * g;
        var where = $"Steps.MomentumStep(x = {Fmt.Point(xBefore)}, v = {Fmt.Point(vBefore)}, ∇f = {Fmt.Point(gBefore)}, γ = 0.2, β = 0.8)";
        var (gotX, gotV) = Steps.MomentumStep(x, v, g, 0.2, 0.8);
        Check.That(x.ToArray().SequenceEqual(xBefore) && v.ToArray().SequenceEqual(vBefore) && g.ToArray().SequenceEqual(gBefore),
            $"Mistake [m03.mutates-arguments]: {where} changed its arguments: x is now {Fmt.Point(x)}, v {Fmt.Point(v)}, ∇f {Fmt.Point(g)}. " +
            "Fix: return new vectors (beta * v - gamma * grad creates one); never update x, v or ∇f in place.");
        Check.That(gotX is not null && gotV is not null, $"{where} returned null.");
        // It must still compute the step (the gradient's sign has its own test), so returning (x, v) untouched,
        // or zeros, does not earn this point.
        var signFlipped = 0.8 * Functions.Vec(vBefore) + 0.2 * Functions.Vec(gBefore);
        var moved = Diagnose.AllClose(gotV, newV, 1e-12, 1e-15) && Diagnose.AllClose(gotX, Functions.Vec(xBefore) + newV, 1e-12, 1e-15)
                    || Diagnose.AllClose(gotV, signFlipped, 1e-12, 1e-15) && Diagnose.AllClose(gotX, Functions.Vec(xBefore) + signFlipped, 1e-12, 1e-15);
        Check.That(moved, $"{where} returned X = {Fmt.Point(gotX!)}, V = {Fmt.Point(gotV!)}; expected the heavy-ball step X = x + v', V = v' = β·v − γ·∇f = {Fmt.Point(newV)}.");
    }

    [Test, Points(1), Task("momentum")]
    public void Momentum_WithBetaZeroIsPlainGradientDescent()
    {
        var rng = Seeded.Rng(411);
        var q = Quadratic.Random(rng, 3, 6);
        var x0 = rng.Vector(3, -1, 1);
        var gamma = 1 / q.LambdaMax;
        var what = $"Optimizers.Momentum on {q.Name} from x0 = {Fmt.Point(x0)} with β = 0, γ = {Fmt.Num(gamma)}, gradTol = 1e-8";
        var given = x0.Clone();
        var r = Guard.Call(() => Optimizers.Momentum(q.F, q.Grad, given, gamma, 0, 1000, 1e-8), what, NoThrow);
        Results.WellFormed(r, 3, what);
        Results.LeftX0Unchanged(given, x0.ToArray(), what);
        var plain = Expected.GradientDescent(q.F, q.Grad, x0, gamma, 1000, 1e-8);
        Check.That(r.Converged && !r.Diverged && r.Iterations == plain.Iterations && r.History.Count == r.Iterations + 1,
            $"{what} returned Converged = {r.Converged}, Diverged = {r.Diverged}, Iterations = {r.Iterations} (History: {r.History.Count} values); " +
            $"with β = 0 the heavy ball is plain gradient descent, which converges in {plain.Iterations} iterations. Use the same loop and " +
            "stopping rules as GradientDescent, with x_{k+1} = x_k + v_{k+1}, v_{k+1} = β·v_k − γ·∇f(x_k), v_0 = 0.");
        Approx.Equal(r.X, plain.X, $"{what}: X", "plain gradient descent's result", rtol: 1e-10, atol: 1e-14);
    }

    [Test, Points(2), Task("momentum")]
    public void Momentum_NeedsAtMostAThirdOfPlainDescentsIterationsAtKappa100()
    {
        foreach (var (n, salt) in new[] { (2, 421), (5, 422), (10, 423) })
        {
            var rng = Seeded.Rng(salt);
            var q = Quadratic.Random(rng, n, 100);
            var x0 = rng.Vector(n, -1, 1);
            var gamma = 1 / q.LambdaMax;
            const double tol = 1e-8;
            var plain = Expected.GradientDescent(q.F, q.Grad, x0, gamma, 100_000, tol).Iterations;
            var what = $"Optimizers.Momentum on {q.Name} from x0 = {Fmt.Point(x0)} with γ = 1/λ_max = 0.01, β = 0.9, gradTol = 1e-8, maxIter = {plain}";
            var r = Guard.Call(() => Optimizers.Momentum(q.F, q.Grad, x0.Clone(), gamma, 0.9, plain, tol), what, NoThrow);
            Results.WellFormed(r, n, what);
            Check.That(!(r.Diverged && q.F(r.X) > q.F(x0)),
                $"{what} reported Diverged = true with f(X) above f(x0). " + ClimbingRunHint(q, x0, gamma, 0.9, plain, tol, r));
            Check.That(!r.Diverged,
                $"{what} reported Diverged = true after {r.Iterations} iterations. The heavy ball overshoots, so f goes up and down on its way " +
                "to the minimum: that is not divergence. Mistake [m03.divergence-on-any-increase]: divergence flagged because f went up. Fix: " + DivergenceTests.Rule);
            var similar = r.Iterations >= 0.9 * plain;
            Check.That(r.Converged,
                $"{what} did not converge: Converged = false after {r.Iterations} iterations, ‖∇f(X)‖ = {Fmt.Num(q.Grad(r.X).L2Norm())}; plain " +
                $"gradient descent needs {plain}. " + (similar ? NotCarried : "Check the heavy-ball update v ← β·v − γ·∇f, x ← x + v."));
            Check.That(q.Grad(r.X).L2Norm() <= tol * (1 + 1e-9),
                $"{what} reported Converged = true with ‖∇f(X)‖ = {Fmt.Num(q.Grad(r.X).L2Norm())} > gradTol. " + GradientDescentTests.PlateauHint);
            Check.That(3 * r.Iterations <= plain,
                $"{what} took {r.Iterations} iterations; plain gradient descent with the same γ takes {plain}, and the heavy ball with β = 0.9 " +
                $"should need at most a third of that ({plain / 3}): its error shrinks by about √β ≈ 0.95 per step instead of 1 − 1/κ = 0.99. " +
                (similar ? NotCarried : "Check that v ← β·v − γ·∇f(x) uses the gradient at the current point and that x ← x + v uses the new v."));
        }
    }

    /// <summary>Why a stable heavy-ball run climbed, named only when the run is the one that mistake
    /// gives, step for step: the gradient's sign flipped, or x moved by the old velocity.</summary>
    private static string ClimbingRunHint(Quadratic q, Vector<double> x0, double gamma, double beta, int maxIter, double tol, OptimizeResult r)
    {
        bool Gives(Func<Vector<double>, Vector<double>, Vector<double>, (Vector<double> X, Vector<double> V)> step)
        {
            var v = Vector<double>.Build.Dense(x0.Count);
            var run = Expected.Run(q.F, q.Grad, x0, maxIter, tol, (x, g) =>
            {
                (var next, v) = step(x, v, g);
                return next;
            });
            return run.Diverged && run.Iterations == r.Iterations && Diagnose.AllClose(r.X, run.X, 1e-9, 1e-12);
        }
        if (Gives((x, v, g) => (x + (beta * v + gamma * g), beta * v + gamma * g))) return GradientStepTests.Climbing;
        if (Gives((x, v, g) => (x + v, beta * v - gamma * g)))
            return "Mistake [m03.moved-by-old-velocity]: you moved by the old velocity, and with it the heavy ball is unstable here. " +
                   "Fix: first compute v' = β·v − γ·∇f, then x' = x + v'.";
        return $"With γ = 1/λ_max and β = {Fmt.Num(beta)} the heavy ball is stable (it needs γ·λ_max < 2(1 + β)), so a run that climbs has a wrong update: " +
               "check v' = β·v − γ·∇f(x) and x' = x + v' with the new v'.";
    }

    [Test, Points(1), Task("momentum")]
    public void Momentum_ReportsDivergenceWithoutThrowingOrNaN()
    {
        var rng = Seeded.Rng(431);
        var q = Quadratic.Random(rng, 3, 10);
        var x0 = rng.Vector(3, -1, 1);
        var gamma = 5 / q.LambdaMax;
        var what = $"Optimizers.Momentum on {q.Name} from x0 = {Fmt.Point(x0)} with γ = 5/λ_max (unstable: the heavy ball needs γ·λ_max < 2(1 + β)), β = 0.9";
        var r = Guard.Call(() => Optimizers.Momentum(q.F, q.Grad, x0.Clone(), gamma, 0.9, 5000, 1e-8), what, DivergenceTests.NoThrow);
        Check.That(r is not null && Results.AllFinite(r.X),
            $"{what} returned X = {(r?.X is null ? "null" : Fmt.Point(r.X))}. Mistake [m03.divergence-left-as-nan]: Divergence left as NaN. Fix: return the last finite point with Diverged = true.");
        var expected = Expected.Momentum(q.F, q.Grad, x0, gamma, 0.9, 5000, 1e-8);
        Check.That(r!.Diverged && !r.Converged && r.Iterations == expected.Iterations,
            $"{what} returned Diverged = {r.Diverged}, Converged = {r.Converged} after {r.Iterations} iterations; expected Diverged = true after " +
            $"{expected.Iterations} iterations (the first point to fail the check is x_{expected.Iterations + 1}). " + DivergenceTests.Rule);
    }
}
