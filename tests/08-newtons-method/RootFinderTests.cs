using Calculus.TestSupport;
using NUnit.Framework;

namespace NewtonsMethod.HiddenTests;

[TestFixture]
public class RootFinderTests
{
    private const string Call = "RootFinder.NewtonRaphson";

    /// <summary>A seeded shift s = k/16 (a short binary fraction, so x0 − s and 2 + s − s are exact).</summary>
    private static double Shift(int salt)
    {
        var k = Seeded.Rng(salt).Next(8, 40);
        return (k % 2 == 0 ? 1 : -1) * k / 16.0;
    }

    [Test, Points(3), Task("newton-raphson"), Visibility(TestVisibility.Hidden)]
    public void NewtonRaphson_FindsBothRootsOfAShiftedCoursePolynomial()
    {
        var s = Shift(811);
        double F(double x) => Functions.Course(x - s);
        double Df(double x) => Functions.CoursePrime(x - s);
        const double tol = 1e-10;
        foreach (var (start, root) in new[] { (-4.0, Functions.CourseRootLow), (0.0, Functions.CourseRootHigh), (4.0, Functions.CourseRootHigh) })
        {
            var x0 = start + s;
            var what = $"{Call} on g(x) = f(x − s), {Functions.CoursePolynomialName} shifted by s = {Fmt.Num(s)}, from x0 = {Fmt.Num(x0)} with tol = 1e-10, maxIter = 100";
            var r = RootChecks.Call(F, Df, x0, tol, 100, what);
            RootChecks.WellFormed(r, x0, what);
            var expected = Expected.NewtonRaphson(F, Df, x0, tol, 100);
            RootChecks.SamePath(r, expected, F, Df, what);
            RootChecks.SameOutcome(r, expected, F, tol, what);
            Approx.Equal(r.Root, root + s, $"{what}: Root", $"the course's root {Fmt.Num(root)} shifted by s", rtol: 0, atol: 1e-9);
        }
    }

    [Test, Points(2), Task("newton-raphson"), Visibility(TestVisibility.Visible)]
    public void NewtonRaphson_ReportsAZeroDerivativeWithoutNaN()
    {
        var s = Shift(812);
        var a = new[] { 0.75, 1.25, 1.5, 2.5 }[Seeded.Rng(813).Next(4)];
        var cases = new (string Name, Func<double, double> F, Func<double, double> Df, double X0, double StopsAt, int Steps)[]
        {
            ($"g(x) = f(x − s), {Functions.CoursePolynomialName} shifted by s = {Fmt.Num(s)}, whose g′ is 0 at 2 + s = {Fmt.Num(2 + s)}",
                x => Functions.Course(x - s), x => Functions.CoursePrime(x - s), 2 + s, 2 + s, 0),
            ("f(x) = cos x, whose f′(0) = −sin 0 = 0", Math.Cos, x => -Math.Sin(x), 0, 0, 0),
            ("f(x) = x² + 1 (no real root), whose f′(0) = 0", x => x * x + 1, x => 2 * x, 0, 0, 0),
            ($"f(x) = x³ − 3·{Fmt.Num(a * a)}x + 3·{Fmt.Num(a * a * a)}, whose first Newton step from 0 lands exactly on x = {Fmt.Num(a)}, where f′ = 0",
                x => x * x * x - 3 * a * a * x + 3 * a * a * a, x => 3 * x * x - 3 * a * a, 0, a, 1),
        };
        foreach (var (name, f, df, x0, stopsAt, steps) in cases)
        {
            var what = $"{Call} on {name}, from x0 = {Fmt.Num(x0)} (tol = 1e-10, maxIter = 50)";
            var r = RootChecks.Call(f, df, x0, 1e-10, 50, what);
            Check.That(r is not null, $"{what} returned null.");
            Check.That(double.IsFinite(r!.Root),
                $"{what} returned Root = {Fmt.Num(r.Root)} with Status = {r.Status}. At x = {Fmt.Num(stopsAt)} the derivative is 0. " + Mistakes.ZeroDerivativeUnchecked);
            RootChecks.WellFormed(r, x0, what);
            Check.That(r.Status == RootStatus.ZeroDerivative && !r.Converged,
                $"{what} returned Status = {r.Status}, Converged = {r.Converged}, Root = {Fmt.Num(r.Root)} after {r.Iterations} steps; " +
                $"expected Status = ZeroDerivative and Converged = false at x = {Fmt.Num(stopsAt)} after {steps} step(s): df(x) = 0 there, " +
                "the tangent is flat and has no zero. " + Mistakes.ZeroDerivativeUnchecked);
            Check.That(r.Root == stopsAt && r.Iterations == steps,
                $"{what} returned Root = {Fmt.Num(r.Root)} after {r.Iterations} steps; expected Root = {Fmt.Num(stopsAt)} (the point where df = 0) after {steps} step(s).");
        }
    }

    [Test, Points(1), Task("newton-raphson"), Visibility(TestVisibility.Visible)]
    public void NewtonRaphson_StopsWhenTheNextPointIsNotFinite()
    {
        var rng = Seeded.Rng(814);
        var far = -Math.Round(rng.Uniform(712, 740), 2);
        var outside = -Math.Round(rng.Uniform(0.2, 2), 3);
        var cases = new (string Name, Func<double, double> F, Func<double, double> Df, double X0)[]
        {
            // Far left f ≈ −1 and f′ = eˣ is a tiny subnormal number, so −f/f′ overflows to +∞.
            ($"f(x) = eˣ − 1 from x0 = {Fmt.Num(far)}, where f′(x0) = e^x0 ≈ {Fmt.Num(Math.Exp(far))}, so the first step x0 − f/f′ is +∞",
                x => Math.Exp(x) - 1, Math.Exp, far),
            // Outside the domain of ln: f is NaN, so the next point is NaN (and |NaN| ≤ tol is false: not converged).
            ($"f(x) = ln x − 1 from x0 = {Fmt.Num(outside)}, outside the domain of ln, where f(x0) is NaN, so the first step is NaN",
                x => Math.Log(x) - 1, x => 1 / x, outside),
        };
        foreach (var (name, f, df, x0) in cases)
        {
            var what = $"{Call} on {name} (tol = 1e-10, maxIter = 50)";
            var r = RootChecks.Call(f, df, x0, 1e-10, 50, what);
            Check.That(r is not null, $"{what} returned null.");
            Check.That(double.IsFinite(r!.Root), $"{what} returned Root = {Fmt.Num(r.Root)} with Status = {r.Status}. " + Mistakes.NonFiniteStepTaken);
            RootChecks.WellFormed(r, x0, what);
            Check.That(r.Status == RootStatus.Diverged && r.Root == x0 && r.Iterations == 0,
                $"{what} returned Status = {r.Status}, Root = {Fmt.Num(r.Root)}, Iterations = {r.Iterations}; expected Status = Diverged with Root = x0 and " +
                "Iterations = 0: the only step leads to ∞ or NaN and must not be taken. " +
                (r.Status == RootStatus.Converged ? "|f(x0)| is NaN here, and NaN ≤ tol is false: test Math.Abs(f(x)) <= tol, not !(… > tol). " : "") +
                (r.Status == RootStatus.ZeroDerivative && df(x0) != 0
                    ? $"df(x0) = {Fmt.Num(df(x0))} is tiny but not 0: ZeroDerivative is for df(x) == 0 exactly; any other slope gives a step, " +
                      "and what that step gives (here ∞ or NaN) decides the status. "
                    : "") +
                // Named only when a non-finite point was taken: stopping early for another reason is a different mistake.
                (r.Iterates.Any(x => !double.IsFinite(x)) ? Mistakes.NonFiniteStepTaken : ""));
        }
    }

    [Test, Points(2), Task("newton-raphson"), Visibility(TestVisibility.Visible)]
    public void NewtonRaphson_StopsAfterMaxIterWithoutConverging()
    {
        var rng = Seeded.Rng(815);
        var cases = new (string Name, Func<double, double> F, Func<double, double> Df, double X0, int MaxIter, bool Chaotic)[]
        {
            // 0 → 1 → 0 → … exactly: Newton cycles and never converges.
            ("f(x) = x³ − 2x + 2, where Newton cycles 0 → 1 → 0 → …", x => x * x * x - 2 * x + 2, x => 3 * x * x - 2, 0, 17 + 2 * rng.Next(3), false),
            ("f(x) = x³ − 2x + 2, where Newton cycles 0 → 1 → 0 → …", x => x * x * x - 2 * x + 2, x => 3 * x * x - 2, 0, 20 + 2 * rng.Next(3), false),
            // Chaotic: rounding differences double every step, so only the outcome is compared, not the path.
            ("f(x) = x² + 1, which has no real root", x => x * x + 1, x => 2 * x, Math.Round(rng.Uniform(0.3, 2), 3), 40, true),
        };
        foreach (var (name, f, df, x0, maxIter, chaotic) in cases)
        {
            var what = $"{Call} on {name}, from x0 = {Fmt.Num(x0)} with tol = 1e-10, maxIter = {maxIter}";
            var r = RootChecks.Call(f, df, x0, 1e-10, maxIter, what);
            RootChecks.WellFormed(r, x0, what);
            var expected = Expected.NewtonRaphson(f, df, x0, 1e-10, maxIter);
            Check.That(r.Status == RootStatus.MaxIterations && !r.Converged,
                $"{what} returned Status = {r.Status}, Converged = {r.Converged} after {r.Iterations} steps; expected MaxIterations and Converged = false " +
                $"after exactly {maxIter} steps: there is no root to converge to.");
            Check.That(r.Iterations == maxIter,
                $"{what} returned Iterations = {r.Iterations}; expected maxIter = {maxIter}: the run takes maxIter steps x_0 → … → x_{maxIter} and then stops. " +
                (Math.Abs(r.Iterations - maxIter) == 1 ? Mistakes.IterationsOffByOne : ""));
            if (chaotic) continue;
            RootChecks.SamePath(r, expected, f, df, what);
            Approx.Equal(r.Root, expected.Root, $"{what}: Root", $"x_{maxIter}, the last point taken", rtol: 1e-9, atol: 1e-12);
        }

        // The residual is tested before the step count: a run whose |f| first reaches tol at step maxIter has converged.
        var c = Math.Round(rng.Uniform(2, 5), 3);
        double G(double x) => x * x - c;
        double Dg(double x) => 2 * x;
        var start = Math.Round(rng.Uniform(1, 3), 3);
        var steps = Expected.NewtonRaphson(G, Dg, start, 1e-10, 100).Iterations;
        var whatLast = $"{Call} on f(x) = x² − {Fmt.Num(c)} from x0 = {Fmt.Num(start)} with tol = 1e-10 and maxIter = {steps}, the step at which |f| first " +
                       "falls to tol";
        var last = RootChecks.Call(G, Dg, start, 1e-10, steps, whatLast);
        RootChecks.WellFormed(last, start, whatLast);
        Check.That(last.Status == RootStatus.Converged && last.Converged && last.Iterations == steps,
            $"{whatLast} returned Status = {last.Status}, Converged = {last.Converged} after {last.Iterations} steps; expected Converged after {steps} steps: " +
            "the loop tests |f(x_k)| ≤ tol before k == maxIter, so a point that meets the tolerance is reported as converged even when it is the last one allowed.");
    }

    [Test, Points(2), Task("newton-raphson"), Visibility(TestVisibility.Visible)]
    public void NewtonRaphson_UsesTheDerivativeItIsGiven()
    {
        NewtonPlot.Record();
        var rng = Seeded.Rng(816);
        var q = Math.Round(rng.Uniform(2, 9), 3);
        var c = Math.Round(rng.Uniform(0.5, 1.5), 3);
        var cases = new (string Name, Func<double, double> F, Func<double, double> Df, Func<double, double> Exact, double X0)[]
        {
            // A consistent slope 3f′: same root, but every step is a third of Newton's (linear convergence, rate 2/3).
            ($"f(x) = x² − {Fmt.Num(q)} with df(x) = 3·2x (three times f′: the same root, a different path)",
                x => x * x - q, x => 3 * (2 * x), x => 2 * x, Math.Round(rng.Uniform(1, 4), 3)),
            // A perturbed slope f′·(1.5 + 0.5·cos x): still never 0 near the root, but the path is not Newton's.
            ($"f(x) = eˣ − {Fmt.Num(c)}·x − 2 with df(x) = (eˣ − {Fmt.Num(c)})·(1.5 + 0.5·cos x) (a perturbed slope: the same root, a different path)",
                x => Math.Exp(x) - c * x - 2, x => (Math.Exp(x) - c) * (1.5 + 0.5 * Math.Cos(x)), x => Math.Exp(x) - c, Math.Round(rng.Uniform(1, 2), 3)),
        };
        foreach (var (name, f, df, exact, x0) in cases)
        {
            var what = $"{Call} on {name}, from x0 = {Fmt.Num(x0)} with tol = 1e-10, maxIter = 500";
            var counted = new CallCounter<double, double>(df);
            var r = RootChecks.Call(f, counted.Func, x0, 1e-10, 500, what);
            RootChecks.WellFormed(r, x0, what);
            Check.That(counted.Calls >= r.Iterations,
                $"{what} took {r.Iterations} steps but called df only {counted.Calls} time(s). " + Mistakes.IgnoresGivenDerivative);
            var expected = Expected.NewtonRaphson(f, df, x0, 1e-10, 500);
            RootChecks.SamePath(r, expected, f, df, what, exact);
            RootChecks.SameOutcome(r, expected, f, 1e-10, what);
        }
    }

    [Test, Points(2), Task("newton-raphson"), Visibility(TestVisibility.Visible)]
    public void NewtonRaphson_ConvergesOnTheResidualNotOnTheStepSize()
    {
        // df = 50f′ makes every step a fiftieth of Newton's: |Δx| ≈ |x − √q|/50 is small long before |f| ≤ tol.
        var rng = Seeded.Rng(817);
        var q = Math.Round(rng.Uniform(2, 9), 3);
        var x0 = Math.Round(Math.Sqrt(q) + rng.Uniform(0.5, 1.5), 3);
        const double tol = 1e-9;
        double F(double x) => x * x - q;
        double Df(double x) => 50 * (2 * x);
        var what = $"{Call} on f(x) = x² − {Fmt.Num(q)} with df(x) = 50·2x (steps a fiftieth of Newton's, so |x_{{k+1}} − x_k| is tiny while |f| is not), " +
                   $"from x0 = {Fmt.Num(x0)} with tol = 1e-9, maxIter = 5000";
        var r = RootChecks.Call(F, Df, x0, tol, 5000, what);
        RootChecks.WellFormed(r, x0, what);
        var expected = Expected.NewtonRaphson(F, Df, x0, tol, 5000);
        if (r.Converged)
            Check.That(Math.Abs(F(r.Root)) <= tol,
                $"{what} returned Converged after {r.Iterations} steps at Root = {Fmt.Num(r.Root)}, where |f(Root)| = {Fmt.Num(Math.Abs(F(r.Root)))} > tol = 1e-9 " +
                $"(the last step was only {Fmt.Num(r.Iterates.Count > 1 ? Math.Abs(r.Iterates[^1] - r.Iterates[^2]) : 0)} long). " + Mistakes.StopsOnStepSize);
        RootChecks.SameOutcome(r, expected, F, tol, what);
        RootChecks.SamePath(r, expected, F, Df, what, x => 2 * x);

        // The rule is |f| ≤ tol, equality included: from an exact root with tol = 0, |f(x0)| = 0 ≤ 0
        // stops the run at once (a strict < never stops: the steps x − 0/f′ stay put).
        var s = Shift(819);
        var atRoot = $"{Call} on f(x) = x² − {Fmt.Num(s * s)} from its exact root x0 = {Fmt.Num(s)} (f(x0) = 0) with tol = 0, maxIter = 50";
        var tie = RootChecks.Call(x => x * x - s * s, x => 2 * x, s, 0, 50, atRoot);
        RootChecks.WellFormed(tie, s, atRoot);
        Check.That(tie.Status == RootStatus.Converged && tie.Iterations == 0 && tie.Root == s,
            $"{atRoot} returned Status = {tie.Status} after {tie.Iterations} steps at Root = {Fmt.Num(tie.Root)}; expected Converged after 0 steps at x0: " +
            "|f(x0)| = 0 ≤ tol = 0. " + (tie.Status == RootStatus.MaxIterations ? Mistakes.StrictTolerance : ""));
    }

    [Test, Points(1), Task("newton-raphson"), Visibility(TestVisibility.Visible)]
    public void NewtonRaphson_ConvergesAtLeastQuadratically()
    {
        var rng = Seeded.Rng(818);
        var a = Math.Round(rng.Uniform(2, 6), 3);
        var cases = new (string Name, Func<double, double> F, Func<double, double> Df, double Root, double X0)[]
        {
            ($"f(x) = eˣ − {Fmt.Num(a)} (a simple root at ln {Fmt.Num(a)}: order 2)", x => Math.Exp(x) - a, Math.Exp, Math.Log(a), Math.Round(rng.Uniform(2, 3), 3)),
            // Newton on f′ = sinh is Newton for the minimum of cosh: x − tanh x, whose errors shrink cubically.
            ("f(x) = sinh x with df = cosh x (Newton for the minimum of cosh: order 3)", Math.Sinh, Math.Cosh, 0, Math.Round(rng.Uniform(1, 1.5), 3)),
        };
        foreach (var (name, f, df, root, x0) in cases)
        {
            var what = $"{Call} on {name}, from x0 = {Fmt.Num(x0)} with tol = 1e-12, maxIter = 100";
            var r = RootChecks.Call(f, df, x0, 1e-12, 100, what);
            RootChecks.WellFormed(r, x0, what);
            // The errors above the round-off floor; the order comes from the last three of them.
            var errors = r.Iterates.Select(x => Math.Abs(x - root)).Where(e => e > 1e-10).ToList();
            var shown = r.Iterates.Count <= 8
                ? Fmt.Point(r.Iterates.ToArray())
                : Fmt.Point(r.Iterates.Take(5).ToArray()).TrimEnd(')') + ", …, " + Fmt.Point(r.Iterates.TakeLast(2).ToArray()).TrimStart('(');
            var firstStep = r.Iterates.Count > 1 && !Approx.Close(r.Iterates[1], x0 - f(x0) / df(x0), 1e-9, 1e-12)
                ? " " + RootChecks.FirstStepHint(r.Iterates[1], x0, f(x0), df(x0))
                : "";
            Check.That(r.Converged && errors.Count >= 3,
                $"{what} returned Status = {r.Status} after {r.Iterations} steps, Iterates {shown}; expected convergence to {Fmt.Num(root)} " +
                "with at least three errors |x_k − root| above 1e-10 on the way." + firstStep);
            var order = Expected.Order(errors);
            Check.That(order >= 1.8,
                $"{what}: the last errors |x_k − root| are {Fmt.Point(errors.TakeLast(3).ToArray())}, an observed order " +
                $"ln(e_n/e_{{n−1}})/ln(e_{{n−1}}/e_{{n−2}}) = {Fmt.Num(order)}; Newton's method converges at least quadratically (order ≥ 2) near a simple root. " +
                "A lower order means the steps are not x − f(x)/df(x) with the df you were given.");
        }
    }
}
