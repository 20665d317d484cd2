using Calculus.TestSupport;
using NUnit.Framework;

namespace GradientDescent.HiddenTests;

[TestFixture]
public class DivergenceTests
{
    private const string Call = "Optimizers.GradientDescent";

    public const string NoThrow =
        "Divergence is a normal outcome, not an error: stop the loop and return the result with Diverged = true and X = the last " +
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
            var r = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0, gamma, 5000, 1e-8), what, NoThrow);
            Check.That(r is not null && r.History is not null, $"{what} returned {(r is null ? "null" : "History = null")}.");
            Check.That(Results.AllFinite(r!.X),
                $"{what} returned X = {(r.X is null ? "null" : Fmt.Point(r.X))}. Divergence left as NaN: the iterates blew up and the " +
                "non-finite point was kept. Check every new point and f there with double.IsFinite before accepting it, and return the last " +
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
            var r = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0, gamma, maxIter, 1e-8), what, NoThrow);
            Results.WellFormed(r, n, what);
            var f0 = q.F(x0);
            var limit = f0 + 1e6 * (1 + Math.Abs(f0));
            Check.That(r.Diverged,
                $"{what} returned Diverged = false after {r.Iterations} iterations, with f grown from {Fmt.Num(f0)} to {Fmt.Num(q.F(r.X))}. " +
                "Waiting for f to overflow to ∞ takes hundreds of steps; stop as soon as f passes the threshold " +
                $"f(x_0) + 1e6·(1 + |f(x_0)|) = {Fmt.Num(limit)}. " + Rule);
            Check.That(q.F(r.X) <= limit,
                $"{what}: f(X) = {Fmt.Num(q.F(r.X))} is above the threshold {Fmt.Num(limit)}: you returned the point that failed the check. " +
                "Return the last point that passed (x_k, not the rejected x_{k+1}).");
            Check.That(r.History.Count == r.Iterations + 1 && Approx.Close(r.History[^1], q.F(r.X), 1e-12, 1e-15),
                $"{what}: History has {r.History.Count} values ending in {Fmt.Num(r.History.Count > 0 ? r.History[^1] : double.NaN)} for Iterations = " +
                $"{r.Iterations} and f(X) = {Fmt.Num(q.F(r.X))}. The rejected point is not a step taken: History stays f(x_0) … f(x_k) with " +
                "k = Iterations, ending at f(X).");
        }
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
        var r = Guard.Call(() => Optimizers.GradientDescent(q.F, q.Grad, x0, gamma, budget, 1e-8), what, NoThrow);
        Results.WellFormed(r, 4, what);
        Check.That(!r.Diverged && r.Converged,
            $"{what} returned Diverged = {r.Diverged}, Converged = {r.Converged} after {r.Iterations} iterations; expected a converged run. " +
            "Every γ below 2/λ_max is stable on a quadratic, even when the iterates zig-zag. " + Rule);
    }
}
