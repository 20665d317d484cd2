using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace GradientDescent.HiddenTests;

[TestFixture]
public class DivergenceTests
{
    private const string Call = "Optimizers.GradientDescent";

    public const string NoThrow =
        "Mistake [m03.divergence-throws]: Divergence is a normal outcome, not an error. Fix: stop the loop and return the result with Diverged = true and X = the last " +
        "point that passed the checks. Do not throw.";

    public const string Rule =
        "The README's rule: stop with Diverged = true as soon as a new point has a component that is not finite, or f there is not " +
        "finite, or f there is above f(x_0) + 1e6·(1 + |f(x_0)|).";

    private static readonly (int N, double Kappa, int Salt)[] Cases = [(2, 4, 301), (3, 10, 302), (5, 7, 303)];

    [Test, Points(2), Task("divergence")]
    public void GradientDescent_ReportsDivergenceWithoutThrowingOrNaN()
    {
        foreach (var (n, kappa, salt) in Cases)
        {
            var rng = Seeded.Rng(salt);
            var q = Quadratic.Random(rng, n, kappa);
            var x0 = rng.Vector(n, -1, 1);
            var gamma = 2.5 / q.LambdaMax;
            var what = $"{Call} on {q.Name} from x0 = {Fmt.Point(x0)} with γ = 2.5/λ_max = {Fmt.Num(gamma)} (unstable: above 2/λ_max), maxIter = 5000";
            var r = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0.Clone(), gamma, 5000, 1e-8), what, NoThrow);
            Check.That(r is not null && r.History is not null, $"{what} returned {(r is null ? "null" : "History = null")}.");
            Check.That(Results.AllFinite(r!.X),
                $"{what} returned X = {(r.X is null ? "null" : Fmt.Point(r.X))}. Mistake [m03.divergence-left-as-nan]: Divergence left as NaN: the iterates blew up and the " +
                "non-finite point was kept. Fix: check every new point and f there with double.IsFinite before accepting it, and return the last " +
                "finite point with Diverged = true.");
            var x = r.X!;
            Check.That(r.Diverged && !r.Converged,
                $"{what} returned Diverged = {r.Diverged}, Converged = {r.Converged} after {r.Iterations} iterations (f went from " +
                $"{Fmt.Num(q.F(x0))} to {Fmt.Num(q.F(x))}); expected Diverged = true and Converged = false. With γ > 2/λ_max the error along " +
                "the steepest direction grows by |1 − γλ_max| = 1.5 per step. " + Rule);
            Check.That(r.History!.All(double.IsFinite),
                $"{what}: History holds a value that is not finite ({string.Join(", ", r.History!.Where(v => !double.IsFinite(v)).Take(3).Select(Fmt.Num))}). " +
                "History records f at the accepted points only, and a point whose f is not finite is never accepted.");
            Check.That(double.IsFinite(q.F(x)), $"{what}: f(X) = {Fmt.Num(q.F(x))} is not finite; X must be the last point that passed the checks.");
            // Where it stops, exactly: a run that reports Diverged = true without iterating must not earn these points.
            var expected = Expected.GradientDescent(q.F, q.Grad, x0, gamma, 5000, 1e-8);
            Check.That(r.Iterations == expected.Iterations,
                $"{what} stopped after {r.Iterations} iterations; by the README's rule the first point to fail the check is " +
                $"x_{expected.Iterations + 1}, so the run stops with Iterations = {expected.Iterations}. " +
                StopHint(q, x0, gamma, 5000, r, expected));
        }
    }

    [Test, Points(1), Task("divergence")]
    public void GradientDescent_StopsADivergingRunByTheGrowthRule()
    {
        foreach (var (n, kappa, salt) in Cases)
        {
            var rng = Seeded.Rng(salt + 10);
            var q = Quadratic.Random(rng, n, kappa);
            var x0 = rng.Vector(n, -1, 1);
            var gamma = 2.5 / q.LambdaMax;
            const int maxIter = 200;
            var what = $"{Call} on {q.Name} from x0 = {Fmt.Point(x0)} with γ = 2.5/λ_max, maxIter = 200";
            var r = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0.Clone(), gamma, maxIter, 1e-8), what, NoThrow);
            Results.WellFormed(r, n, what);
            var f0 = q.F(x0);
            var limit = f0 + 1e6 * (1 + Math.Abs(f0));
            Check.That(r.Diverged,
                $"{what} returned Diverged = false after {r.Iterations} iterations, with f grown from {Fmt.Num(f0)} to {Fmt.Num(q.F(r.X))}. " +
                "Mistake [m03.divergence-waits-for-overflow]: Waiting for f to overflow to ∞ takes hundreds of steps. Fix: stop as soon as f passes the threshold " +
                $"f(x_0) + 1e6·(1 + |f(x_0)|) = {Fmt.Num(limit)}. " + Rule);
            var expected = Expected.GradientDescent(q.F, q.Grad, x0, gamma, maxIter, 1e-8);
            Check.That(q.F(r.X) <= limit,
                $"{what}: f(X) = {Fmt.Num(q.F(r.X))} is above the threshold {Fmt.Num(limit)}. " +
                (ReturnedTheRejectedPoint(q, gamma, r, expected) ? ReturnedRejected
                    : "X must be the last point that passed the check, and every point that passed has f at or below the threshold."));
            Check.That(r.Iterations == expected.Iterations,
                $"{what} stopped after {r.Iterations} iterations; f first passes the threshold {Fmt.Num(limit)} at x_{expected.Iterations + 1}, " +
                $"so the run stops with Iterations = {expected.Iterations} (f(x_k) ≤ threshold is still accepted: only f above it fails). " +
                StopHint(q, x0, gamma, maxIter, r, expected));
            Check.That(r.History.Count == r.Iterations + 1 && Approx.Close(r.History[^1], q.F(r.X), 1e-12, 1e-15),
                $"{what}: History has {r.History.Count} values ending in {Fmt.Num(r.History.Count > 0 ? r.History[^1] : double.NaN)} for Iterations = " +
                $"{r.Iterations} and f(X) = {Fmt.Num(q.F(r.X))}. The rejected point is not a step taken: History stays f(x_0) … f(x_k) with " +
                "k = Iterations, ending at f(X).");
        }
    }

    private const string ReturnedRejected =
        "Mistake [m03.divergence-returns-rejected-point]: you returned the point that failed the check. " +
        "Fix: return the last point that passed (x_k, not the rejected x_{k+1}), with Iterations = k.";

    /// <summary>The signature of returning the rejected point: Diverged, one iteration past the README's
    /// stop, at x_{k+1} = x_k − γ∇f(x_k), the first point that fails the check.</summary>
    private static bool ReturnedTheRejectedPoint(Quadratic q, double gamma, OptimizeResult r, OptimizeResult expected) =>
        r.Diverged && expected.Diverged && r.Iterations == expected.Iterations + 1 &&
        Diagnose.AllClose(r.X, expected.X - gamma * q.Grad(expected.X), 1e-9, 1e-12);

    /// <summary>Why a diverging run stopped at the wrong iteration, named only when the run matches
    /// that mistake: the rejected point returned, climbing, stopping on the first increase of f, or waiting for f to overflow.</summary>
    private static string StopHint(Quadratic q, Vector<double> x0, double gamma, int maxIter, OptimizeResult r, OptimizeResult expected)
    {
        if (ReturnedTheRejectedPoint(q, gamma, r, expected)) return ReturnedRejected + " " + Rule;
        var climbing = Expected.Run(q.F, q.Grad, x0, maxIter, 1e-8, (x, g) => x + gamma * g);
        if (r.Iterations == climbing.Iterations && climbing.Iterations != expected.Iterations) return GradientStepTests.Climbing;
        if (r.Diverged && r.Iterations < expected.Iterations && q.F(r.X - gamma * q.Grad(r.X)) > q.F(r.X))
            return "Mistake [m03.divergence-on-any-increase]: the run was flagged when f went up, long before the threshold. Fix: " + Rule;
        if (Results.CountsOneStepTooMany(r, expected)) return Results.IterationsOffByOne;
        if (r.Iterations > expected.Iterations)
        {
            // Named only when the run stopped where the next point's f is no longer finite.
            var next = r.X - gamma * q.Grad(r.X);
            return next.All(double.IsFinite) && double.IsFinite(q.F(next))
                ? "The run went on past the threshold. " + Rule
                : "Mistake [m03.divergence-waits-for-overflow]: the run went on past the threshold. Fix: stop as soon as f passes " +
                  "f(x_0) + 1e6·(1 + |f(x_0)|), not when f overflows. " + Rule;
        }
        return Rule;
    }

    [Test, Points(1), Task("divergence")]
    public void GradientDescent_AppliesTheDivergenceRuleAtItsEdges()
    {
        // A tie: f(x) = x² from x0 = 0 with the gradient replaced by the constant −1000 and γ = 1.
        // f(x_0) = 0, so the threshold is exactly 1e6; x_1 = 1000 has f = 1e6, not above it, so it is
        // kept; x_2 = 2000 (f = 4e6) is the first to fail: Iterations = 1.
        static double Square(Vector<double> v) => v[0] * v[0];
        var tie = "Optimizers.GradientDescent on f(x) = x² from x0 = 0 with grad(x) = −1000 (a constant, on purpose), γ = 1, maxIter = 10: " +
                  "f(x_1) = 1e6 equals the threshold f(x_0) + 1e6·(1 + |f(x_0)|) exactly";
        var r = Guard.Call(() => Optimizers.GradientDescent(Square, _ => Functions.Vec(-1000), Functions.Vec(0), 1, 10, 1e-8), tie, NoThrow);
        Results.WellFormed(r, 1, tie);
        Check.That(r.Diverged && r.Iterations == 1 && Math.Abs(r.X[0]) == 1000,
            $"{tie}. The run returned Diverged = {r.Diverged}, Iterations = {r.Iterations}, X = {Fmt.Point(r.X)}; expected Diverged = true, " +
            "Iterations = 1, X = 1000: a value AT the threshold passes, only f ABOVE it fails." +
            (r.Diverged && r.Iterations == 0
                ? " Mistake [m03.divergence-threshold-tie]: a value equal to the threshold was rejected. Fix: fail only when f(x_new) > threshold."
                : r.Converged && r.Iterations == 0
                    ? " Mistake [m03.ignores-given-gradient]: the run converged at x0, where the grad handed in is −1000: it did not use that grad. " +
                      "Fix: call the grad function you are given; do not differentiate f yourself."
                    : ""));

        // A new point with an infinite component where f is still finite: f = 1 − exp(−‖x‖²/2) is 1 at
        // infinity. The README's rule rejects the point for its component, whatever f says.
        Vector<double> Huge(Vector<double> v) => 1e300 * v;
        var inf = "Optimizers.GradientDescent on f(x) = 1 − exp(−‖x‖²/2) from x0 = (3, 0) with grad(x) = 1e300·x (on purpose) and γ = 1e10: " +
                  "x_1 = (−∞, 0), where f = 1 is finite";
        var s = Guard.Call(() => Optimizers.GradientDescent(Functions.Plateau, Huge, Functions.Vec(3, 0), 1e10, 10, 1e-8), inf, NoThrow);
        Check.That(s is not null && Results.AllFinite(s.X) && s.Diverged && s.Iterations == 0,
            $"{inf}. The run returned X = {(s?.X is null ? "null" : Fmt.Point(s.X))}, Diverged = {s?.Diverged}, Iterations = {s?.Iterations}; expected " +
            "Diverged = true, Iterations = 0, X = x0. Mistake [m03.divergence-left-as-nan]: a point with a component that is not finite was " +
            "accepted because f there was finite. Fix: check every component of the new point with double.IsFinite, not only f.");
    }

    [Test, Points(1), Task("divergence")]
    public void GradientDescent_DoesNotFlagAStableStepSize()
    {
        var rng = Seeded.Rng(321);
        var q = Quadratic.Random(rng, 4, 10);
        var x0 = rng.Vector(4, -1, 1);
        var gamma = 1.9 / q.LambdaMax;
        var budget = GradientDescentTests.Budget(q.Kappa);
        var what = $"{Call} on {q.Name} from x0 = {Fmt.Point(x0)} with γ = 1.9/λ_max (stable: below 2/λ_max), maxIter = {budget}";
        var r = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0.Clone(), gamma, budget, 1e-8), what, NoThrow);
        Results.WellFormed(r, 4, what);
        Check.That(!r.Diverged && r.Converged,
            $"{what} returned Diverged = {r.Diverged}, Converged = {r.Converged} after {r.Iterations} iterations; expected a converged run. " +
            "Every γ below 2/λ_max is stable on a quadratic, even when the iterates zig-zag. " +
            (r.Diverged && q.F(r.X) > q.F(x0) ? GradientStepTests.Climbing : Rule));
    }
}
