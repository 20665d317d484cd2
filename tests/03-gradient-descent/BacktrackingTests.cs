using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using static GradientDescent.HiddenTests.Functions;

namespace GradientDescent.HiddenTests;

[TestFixture]
public class BacktrackingTests
{
    private const string Condition = "f(x − α·∇f) ≤ f(x) − c·α·‖∇f‖²";

    /// <summary>Explains a wrong α by testing it, and its neighbours, against the Armijo condition.</summary>
    private static string Hint(Func<Vector<double>, double> f, Vector<double> x, Vector<double> g, double alpha0, double rho, double c,
        double got, double expected)
    {
        var fx = f(x);
        var slope = g.DotProduct(g);
        bool Passes(double a) => f(x - a * g) <= fx - c * a * slope;
        if (!double.IsFinite(got) || got <= 0)
            return $"α must be a positive number from the sequence α0, α0·ρ, α0·ρ², …; got {Fmt.Num(got)}.";
        if (f(x - expected * g) == fx - c * expected * slope && !got.Equals(expected))
            return "Mistake [m03.armijo-strict-inequality]: at α = " + Fmt.Num(expected) + " f(x − α·∇f) equals the bound f(x) − c·α·‖∇f‖² exactly, " +
                   "and a strict '<' rejects it. Fix: accept when f(x − α·∇f) ≤ f(x) − c·α·‖∇f‖² (≤, as the README writes it).";
        if (Approx.Close(got, expected * rho, 1e-9, 0) && Approx.Close(expected, alpha0, 1e-12, 0))
            return "Mistake [m03.armijo-reduces-first]: α0 itself passes the test but was reduced. Fix: check the condition before the first reduction, so α0 is returned when it is good enough.";
        if (!Passes(got))
        {
            var trial = f(x - got * g);
            if (double.IsNaN(trial))
                return $"Mistake [m03.armijo-nan-passes]: f(x − α·∇f) is NaN at α = {Fmt.Num(got)} (the trial point is outside f's domain), and every comparison with NaN is " +
                       "false: a loop written 'while (f(trial) > bound)' stops there. Fix: accept only when f(trial) ≤ bound (so NaN is rejected), " +
                       "e.g. 'while (!(f(trial) <= bound)) α *= ρ'.";
            if (trial < fx)
                return $"Mistake [m03.armijo-simple-decrease]: At α = {Fmt.Num(got)} f decreases ({Fmt.Num(fx)} → {Fmt.Num(trial)}) but not by enough: the Armijo condition asks for " +
                       $"at least c·α·‖∇f‖² = {Fmt.Num(c * got * slope)} of decrease, {Condition}. Did you leave out the c·α·‖∇f‖² term? Fix: test f(x − α·∇f) ≤ f(x) − c·α·‖∇f‖² (and shrink α while it fails).";
            return $"α = {Fmt.Num(got)} does not satisfy {Condition} (f there is {Fmt.Num(trial)}, the bound {Fmt.Num(fx - c * got * slope)}). " +
                   "Mistake [m03.armijo-inequality-flipped]: if your loop shrinks α while the condition HOLDS, the inequality is the wrong way round. Fix: shrink while it fails.";
        }
        if (got < expected)
            return $"Mistake [m03.armijo-not-first]: a larger step already passes ({Fmt.Num(expected)}): return the FIRST α in α0, α0·ρ, α0·ρ², … that satisfies {Condition}, " +
                   "reducing only while it fails. Fix: stop at the first α that passes.";
        return $"α = {Fmt.Num(got)} is not in the sequence α0·ρʲ before the first passing value; reduce by the factor ρ each time.";
    }

    private static void CheckStep(Func<Vector<double>, double> f, string fName, Vector<double> x, Vector<double> g, double alpha0, double rho, double c)
    {
        var where = $"Steps.BacktrackingStep on {fName} at x = {Fmt.Point(x)}, ∇f = {Fmt.Point(g)}, α0 = {Fmt.Num(alpha0)}, ρ = {Fmt.Num(rho)}, c = {Fmt.Num(c)}";
        var expected = Expected.Armijo(f, x, g, alpha0, rho, c);
        var got = Guard.Call(() => Steps.BacktrackingStep(f, x, g, alpha0, rho, c), where,
            "Backtracking only evaluates f; it should not need to throw.");
        Approx.Equal(got, expected, where, $"the first α in α0, α0·ρ, … with {Condition}", rtol: 1e-12, atol: 0,
            hint: Hint(f, x, g, alpha0, rho, c, got, expected));
    }

    [Test, Points(2), Task("backtracking")]
    public void BacktrackingStep_ReturnsTheFirstStepThatPassesArmijo()
    {
        var rng = Seeded.Rng(501);
        foreach (var (alpha0, rho, c) in new[] { (1.0, 0.5, 1e-4), (1.0, 0.3, 0.1), (2.0, 0.8, 0.4), (0.05, 0.5, 1e-4), (0.5, 0.5, 0.25) })
        {
            var q = Quadratic.Random(rng, 3, 8);
            var x = rng.Vector(3, -2, 2);
            CheckStep(q.F, "a quadratic ½xᵀAx − bᵀx (eigenvalues 1 … 8)", x, q.Grad(x), alpha0, rho, c);
        }
        foreach (var p in new[] { Vec(-1.2, 1), Vec(0.5, 0.2), Vec(1.3, 1.8) })
            CheckStep(Rosenbrock, RosenbrockName, p, RosenbrockGradient(p), 1, 0.5, 1e-4);
        // A tie: on the linear f(x) = x with c = 1 the trial value equals the bound exactly (−0.5 = 0 − 1·0.5·1),
        // and "≤" accepts it, so α0 is returned.
        CheckStep(v => v[0], "f(x) = x (linear, so f(x − α·∇f) equals the Armijo bound when c = 1)", Vec(0), Vec(1), 0.5, 0.5, 1);
    }

    [Test, Points(1), Task("backtracking")]
    public void BacktrackingStep_AsksForSufficientDecreaseNotJustDecrease()
    {
        // f = x², x = 1, ∇f = 2: α = 0.99 lands at −0.98 and lowers f to 0.9604, but with c = 0.5 the
        // Armijo bound is 1 − 0.5·0.99·4 = −0.98; α = 0.495 lands at 0.01 and passes.
        static double Square(Vector<double> v) => v.DotProduct(v);
        CheckStep(Square, "f(x) = ‖x‖²", Vec(1), Vec(2), 0.99, 0.5, 0.5);
        CheckStep(Square, "f(x) = ‖x‖²", Vec(0.6, -0.8), Vec(1.2, -1.6), 0.95, 0.5, 0.5);
    }

    [Test, Points(1), Task("backtracking")]
    public void BacktrackingStep_RejectsTrialPointsWhereFIsNaN()
    {
        // The log barrier −ln(1 − ‖x‖²) is defined only inside the unit disc; outside, Math.Log of a
        // negative number is NaN. From (0.3, 0.4) with α0 = 2 the first trial point is outside.
        static double Barrier(Vector<double> v) => -Math.Log(1 - v.DotProduct(v));
        var x = Vec(0.3, 0.4);
        var g = 2 / (1 - x.DotProduct(x)) * x;
        CheckStep(Barrier, "the log barrier f(x) = −ln(1 − ‖x‖²)", x, g, 2, 0.5, 1e-4);
    }

    [Test, Points(1), Task("backtracking")]
    public void BacktrackingStep_LeavesItsInputsUnchanged()
    {
        var q = Quadratic.Random(Seeded.Rng(507), 3, 6);
        var x = Seeded.Rng(508).Vector(3, -2, 2);
        var g = q.Grad(x);
        double[] xBefore = x.ToArray(), gBefore = g.ToArray();
        var expected = Expected.Armijo(q.F, x.Clone(), g.Clone(), 1);
        var where = $"Steps.BacktrackingStep on a quadratic at x = {Fmt.Point(xBefore)}, ∇f = {Fmt.Point(gBefore)}, α0 = 1";
        var got = Guard.Call(() => Steps.BacktrackingStep(q.F, x, g, 1), where, "Backtracking only evaluates f; it should not need to throw.");
        Check.That(x.ToArray().SequenceEqual(xBefore) && g.ToArray().SequenceEqual(gBefore),
            $"Mistake [m03.mutates-arguments]: {where} changed its arguments: x is now {Fmt.Point(x)}, ∇f {Fmt.Point(g)}. Fix: build each trial point " +
            "as a new vector (x - alpha * grad) and never scale x or ∇f in place; the optimiser still needs both after the search.");
        Approx.Equal(got, expected, where, $"the first α in 1, 0.5, 0.25, … with {Condition}", rtol: 1e-12, atol: 0,
            hint: Hint(q.F, Functions.Vec(xBefore), Functions.Vec(gBefore), 1, 0.5, 1e-4, got, expected));
    }

    [Test, Points(1), Task("backtracking")]
    public void BacktrackingStep_GivesUpAfter60Reductions()
    {
        // (1, 1) is not a descent direction at the minimum 0 of ‖x‖² (it is not the gradient there):
        // no α passes, so the search must stop at α0·ρ⁶⁰ after at most 61 trial points.
        var counter = new CallCounter<Vector<double>, double>(v => v.DotProduct(v));
        var where = "Steps.BacktrackingStep on f(x) = ‖x‖² at its minimum x = (0, 0) with the direction (1, 1) in place of ∇f (no α can pass), α0 = 1, ρ = 0.5";
        var got = Guard.Call(() => Steps.BacktrackingStep(counter.Func, Vec(0, 0), Vec(1, 1), 1), where, "Give up instead: return α0·ρ⁶⁰.");
        Approx.Equal(got, Math.Pow(0.5, 60), where, "α0·ρ⁶⁰ (give up after 60 reductions)", rtol: 1e-12, atol: 0,
            hint: "Mistake [m03.backtracking-no-cap]: the search does not give up. Fix: when no step passes (the direction is not downhill, e.g. a wrong gradient), stop after 60 reductions and return α0·ρ⁶⁰.");
        Check.That(counter.Calls <= 62,
            $"{where} evaluated f {counter.Calls} times; expected at most 62 (f(x) once, then one trial point per α0·ρʲ, j = 0 … 59, " +
            "maybe one more). Evaluate f(x) once, before the loop, and cap the reductions at 60.");
    }

    [Test, Points(3), Task("backtracking")]
    public void Backtracking_SolvesRosenbrockWithoutEverRaisingF()
    {
        // Not the public sample's start (−1.2, 1): a hard-coded answer for that run must not earn these points.
        var x0 = Vec(-1.3, 1.2);
        const double alpha0 = 0.01, tol = 1e-5;
        var reference = Expected.Backtracking(Rosenbrock, RosenbrockGradient, x0, alpha0, 1_000_000, tol).Iterations;
        var cap = 2 * reference;
        var what = $"Optimizers.Backtracking on {RosenbrockName} from (−1.3, 1.2) with α0 = 0.01, gradTol = 1e-5, maxIter = {cap} (twice what the reference needs)";
        var given = x0.Clone();
        var r = Guard.Call(() => Optimizers.Backtracking(Rosenbrock, RosenbrockGradient, given, alpha0, cap, tol), what,
            "Report how the run ended in the result instead of throwing.");
        Results.WellFormed(r, 2, what);
        Results.LeftX0Unchanged(given, x0.ToArray(), what);
        var h = r.History;
        for (var j = 0; j + 1 < h.Count; j++)
            Check.That(h[j + 1] <= h[j],
                $"{what}: f went UP at step {j + 1}, from {Fmt.Num(h[j])} to {Fmt.Num(h[j + 1])}. Every step x ← x − α·∇f must use the α " +
                $"from the Armijo search ({Condition}, which makes f go down); check the condition and that the step uses that α.");
        Check.That(!r.Diverged, $"{what} reported Diverged = true after {r.Iterations} iterations; with a line search f never grows.");
        Check.That(r.Converged,
            $"{what} did not converge: Converged = false after {r.Iterations} iterations at X = {Fmt.Point(r.X)} " +
            $"(‖∇f‖ = {Fmt.Num(RosenbrockGradient(r.X).L2Norm())}). Start every search at α0 (not at the last α) with ρ = 0.5, c = 1e-4.");
        var gradAtX = RosenbrockGradient(r.X).L2Norm();
        Check.That(gradAtX <= tol * (1 + 1e-9),
            $"{what} reported Converged = true at X = {Fmt.Point(r.X)} where ‖∇f‖ = {Fmt.Num(gradAtX)} > 1e-5. " + GradientDescentTests.PlateauHint);
        var error = (r.X - Vec(1, 1)).L2Norm();
        Check.That(error <= 1e-4, $"{what}: X = {Fmt.Point(r.X)} is {Fmt.Num(error)} from the minimum (1, 1); expected within 1e-4.");
        Check.That(h.Count == r.Iterations + 1, $"{what}: History has {h.Count} values for Iterations = {r.Iterations}; expected Iterations + 1.");
        Approx.Equal(h[0], Rosenbrock(x0), $"{what}: History[0]", "f(x_0)", rtol: 1e-12, atol: 0);
        Approx.Equal(h[^1], Rosenbrock(r.X), $"{what}: the last History value", "f(X)", rtol: 1e-12, atol: 1e-15);
    }
}
