using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace LagrangeMultipliers.HiddenTests;

[TestFixture]
public class NewtonTests
{
    private const double Tol = 1e-12;

    /// <summary>A pass mark four decades above what Newton reaches, so other stopping rules pass too.</summary>
    private const double KktTol = 1e-9;

    private static StationaryPoint Solve(ConstrainedProblem p, Vector<double> start, double tol, int maxIter, string where) =>
        Guard.Call(() => LagrangeNewton.Solve(p, start.Clone(), tol, maxIter), where,
            "A step that cannot be computed is not an error here: stop with Converged = false and return the last finite point.");

    /// <summary>The catalogued mistake of the submission's own Lagrangian.Hessian at z, if it has one
    /// (a slow or failed Newton run usually comes from there).</summary>
    /// <summary>For a run that stopped without a single step: what the Hessian looks like if it is wrong, else the usual
    /// reason a right one gives no step (a factorisation that needs a positive-definite matrix).</summary>
    private static string NoProgressDiagnosis(ConstrainedProblem p, Vector<double> z, StationaryPoint r)
    {
        var hessian = HessianDiagnosis(p, z);
        return hessian != "" || r.Iterations != 0 ? hessian :
            " Not one step was taken, as if the system were singular. The bordered Hessian [[∇²f − λ∇²g, −∇g], [−∇gᵀ, 0]] is " +
            "never positive definite (its last diagonal entry is 0, and with ∇g ≠ 0 it is indefinite), so a Cholesky factorisation " +
            "of it always fails: solve H·s = −∇L with LU (H.Solve(…)) or QR.";
    }

    private static string HessianDiagnosis(ConstrainedProblem p, Vector<double> z)
    {
        Matrix<double>? h;
        try { h = Lagrangian.Hessian(p, z.Clone()); }
        catch (Exception) { return ""; }
        var n = z.Count - 1;
        var x = z.SubVector(0, n);
        if (h is null || h.RowCount != n + 1 || h.ColumnCount != n + 1) return h is { RowCount: var r } && r == n ? " " + Mistakes.ConstraintRowMissing : "";
        var block = h.SubMatrix(0, n, 0, n);
        var scale = 1e-9 * (1 + block.FrobeniusNorm());
        if (Vectors.Close(block, p.HessF(x), scale) && !Vectors.Close(block, p.HessF(x) - z[n] * p.HessG(x), scale))
            return " " + Mistakes.HessianMissingLambdaTerm;
        if (Vectors.Close(block, p.HessF(x) + z[n] * p.HessG(x), scale) && !Vectors.Close(block, p.HessF(x) - z[n] * p.HessG(x), scale))
            return " " + Mistakes.LambdaSign;
        var gradG = p.GradG(x);
        if (gradG.L2Norm() > 0 && (Vectors.Close(h.Row(n).SubVector(0, n), gradG, 1e-9 * gradG.L2Norm()) ||
                                   Vectors.Close(h.Column(n).SubVector(0, n), gradG, 1e-9 * gradG.L2Norm())))
            return " " + Mistakes.DlDlambdaSign;
        return "";
    }

    /// <summary>Fails unless (x, λ) solves ∇f = λ∇g, g = 0 on the tests' own copy of the problem,
    /// naming the mistake a wrong answer matches.</summary>
    internal static void AssertKkt(ConstrainedProblem p, StationaryPoint? r, string where, double kktTol = KktTol)
    {
        Check.That(r is not null, $"{where} returned null; return a new StationaryPoint(x, λ, iterations, converged).");
        Check.That(Vectors.AllFinite(r!.Point) && double.IsFinite(r.Lambda),
            $"{where} returned x = {(r.Point is null ? "null" : Fmt.Point(r.Point))}, λ = {Fmt.Num(r.Lambda)}: not finite. " + Mistakes.NotFiniteOnSingular);
        var (stationarity, feasibility) = Oracle.Kkt(p, r.Point!, r.Lambda);
        if (stationarity <= kktTol && feasibility <= kktTol) return;
        var hint = "";
        if (feasibility > kktTol && stationarity <= kktTol)
            hint = " " + Mistakes.ConstraintRowMissing;
        else if (Oracle.Kkt(p, r.Point!, -r.Lambda) is var (s2, f2) && s2 <= kktTol && f2 <= kktTol)
            hint = " " + Mistakes.LambdaSign;
        Assert.Fail($"{where} returned x = {Fmt.Point(r.Point!)}, λ = {Fmt.Num(r.Lambda)} (Converged = {r.Converged}, {r.Iterations} iterations), " +
                    $"which is not a stationary point: ‖∇f − λ∇g‖ = {Fmt.Num(stationarity)} and |g| = {Fmt.Num(feasibility)}, " +
                    $"expected both ≤ {Fmt.Num(kktTol)}.{hint}");
    }

    [Test, Points(3), Task("newton")]
    public void Solve_ReachesAKktPointFromNearbyStarts()
    {
        var rng = Seeded.Rng(921);
        foreach (var known in Cases.ForSolver())
            foreach (var (x, lambda, _) in known.Points)
            {
                var start = Vectors.Z(x + rng.Vector(x.Count, -0.05, 0.05), lambda + rng.Uniform(-0.05, 0.05));
                var where = $"LagrangeNewton.Solve for {known.Name} from (x₀, λ₀) = {Fmt.Point(start)}, tol = 1e-12, maxIter = 50";
                var r = Solve(known.Problem, start, Tol, 50, where);
                if (r is not null && !r.Converged)
                    Assert.Fail($"{where}: Converged = false after {r.Iterations} iterations, from a start 0.05 away from the stationary point " +
                                $"{Fmt.Point(x)} (λ = {Fmt.Num(lambda)}). Newton needs about 5 steps from there." + NoProgressDiagnosis(known.Problem, start, r));
                AssertKkt(known.Problem, r, where);
            }
    }

    [Test, Points(2), Task("newton")]
    public void Solve_ConvergesQuadratically()
    {
        var rng = Seeded.Rng(922);
        foreach (var known in Cases.ForSolver())
        {
            var (x, lambda, _) = known.Points[0];
            var start = Vectors.Z(x + rng.Vector(x.Count, -1e-3, 1e-3), lambda + rng.Uniform(-1e-3, 1e-3));
            var where = $"LagrangeNewton.Solve for {known.Name} from (x₀, λ₀) = {Fmt.Point(start)}, 1e-3 from a solution, tol = 1e-12, maxIter = 6";
            var r = Solve(known.Problem, start, Tol, 6, where);
            Check.That(r is not null, $"{where} returned null.");
            if (!r!.Converged)
                Assert.Fail($"{where}: Converged = false after {r.Iterations} iterations. Newton's error is squared at every step " +
                            "(1e-3 → 1e-6 → 1e-12), so 3 or 4 steps are enough; needing more means the steps are not exact Newton " +
                            "steps: solve H·s = −∇L with the exact Hessian of L at the current (x, λ), and update x and λ together." +
                            NoProgressDiagnosis(known.Problem, start, r));
            AssertKkt(known.Problem, r, where);
        }
    }

    [Test, Points(2), Task("newton")]
    public void Solve_ReportsASingularSystemWithoutNaNOrException()
    {
        var linear = Cases.LinearOnSphere();
        var quadratic = Cases.QuadraticOnSphere(923, [1, 2, 4]);
        var cases = new (Cases.Known Known, Vector<double> Start, string Why)[]
        {
            // At the centre ∇g = 0 and ∇²f = 0 with λ = 0: the whole Hessian of L is the zero matrix.
            (linear, Vectors.Z(Vectors.Vec(0.2, 0.5, -0.3), 0), "at the sphere's centre with λ = 0 the Hessian of L is the zero matrix"),
            // At x = 0 the border −∇g = 0 vanishes: the last row of the Hessian is zero.
            (quadratic, Vectors.Z(Vectors.Vec(0, 0, 0), 2), "at x = 0 the border −∇g(0) is zero, so the last row of the Hessian is zero"),
            // λ₀ = 0 on a linear f makes the block ∇²f − λ∇²g zero: the Hessian has rank 2, and an LU solve gives a step with
            // NaN and ∞ in x but a finite λ entry, so a test on some entries only lets NaN through.
            (linear, Vectors.Z(Vectors.Vec(1.2, 0.5, -0.3), 0), "with λ₀ = 0 the block ∇²f − λ∇²g is zero, so the Hessian of L has rank 2"),
        };
        foreach (var (known, start, why) in cases)
        {
            var where = $"LagrangeNewton.Solve for {known.Name} from (x₀, λ₀) = {Fmt.Point(start)} ({why}), tol = 1e-12, maxIter = 20";
            StationaryPoint? r;
            try
            {
                r = LagrangeNewton.Solve(known.Problem, start.Clone(), Tol, 20);
            }
            catch (Exception e) when (e is not NotImplementedException and not MissingMemberException and not AssertionException)
            {
                Assert.Fail($"{where} threw {e.GetType().Name}: {StudentText.Quote(e.Message)} {Mistakes.NotFiniteOnSingular}");
                return;
            }
            Check.That(r is not null, $"{where} returned null.");
            Check.That(Vectors.AllFinite(r!.Point) && r.Point.Count == 3 && double.IsFinite(r.Lambda),
                $"{where} returned x = {(r.Point is null ? "null" : Fmt.Point(r.Point))}, λ = {Fmt.Num(r.Lambda)}. {Mistakes.NotFiniteOnSingular}");
            // Only a run that really found a stationary point may say it converged.
            if (r.Converged) AssertKkt(known.Problem, r, where + " (it reported Converged = true)");
        }
    }

    [Test, Points(1), Task("newton")]
    public void Solve_CountsIterationsAndStopsAtMaxIter()
    {
        var known = Cases.LinearOnSphere();
        var (xStar, lambdaStar, _) = known.Points[0];
        var atSolution = Vectors.Z(xStar, lambdaStar);
        var where0 = $"LagrangeNewton.Solve for {known.Name} started AT the solution {Fmt.Point(atSolution)}, tol = 1e-9";
        var r0 = Solve(known.Problem, atSolution, 1e-9, 50, where0);
        Check.That(r0 is not null && r0.Converged && r0.Iterations == 0,
            $"{where0} returned Converged = {r0?.Converged}, Iterations = {r0?.Iterations}; expected Converged = true with Iterations = 0: test " +
            "‖∇L‖ ≤ tol BEFORE taking a step.");

        // A tie: f = 2z on the unit sphere around m = (0.5, −0.25, 0) has its maximum at m + (0, 0, 1) with λ = 1, where
        // ∇f − λ∇g = (0, 0, 2) − 1·2(x − m) and g are exactly 0 in floating point, so ‖∇L‖ = 0 ≤ tol = 0.
        var exact = Cases.ExactLinearOnSphere();
        var (xExact, lambdaExact, _) = exact.Points[0];
        var atExact = Vectors.Z(xExact, lambdaExact);
        var whereExact = $"LagrangeNewton.Solve for {exact.Name} started AT the solution {Fmt.Point(atExact)} (∇L = 0 exactly), tol = 0";
        var tie = Solve(exact.Problem, atExact, 0, 50, whereExact);
        Check.That(tie is not null && tie.Converged && tie.Iterations == 0,
            $"{whereExact} returned Converged = {tie?.Converged}, Iterations = {tie?.Iterations}; expected Converged = true with Iterations = 0: " +
            "‖∇L‖ = 0 ≤ tol = 0. " + (tie is { Converged: false } ? Mistakes.StrictTolerance : ""));

        var far = Vectors.Z(Vectors.Vec(1.5, -0.5, 0.9), 0.3);
        foreach (var maxIter in new[] { 0, 2 })
        {
            var where = $"LagrangeNewton.Solve for {known.Name} from {Fmt.Point(far)} with maxIter = {maxIter}, tol = 1e-12";
            var r = Solve(known.Problem, far, Tol, maxIter, where);
            Check.That(r is not null && !r.Converged && r.Iterations == maxIter && Vectors.AllFinite(r.Point),
                $"{where} returned Converged = {r?.Converged}, Iterations = {r?.Iterations}; expected Converged = false after exactly " +
                $"{maxIter} steps (the start is far from a solution), with the point reached after them.");
            if (maxIter == 0)
                Approx.Equal(Vectors.Z(r!.Point, r.Lambda), far, where, "the start: no step may be taken", rtol: 0, atol: 0);
        }
    }

    [Test, Points(1), Task("newton")]
    public void Solve_LeavesStartUnchanged()
    {
        var known = Cases.Ellipse(EllipseProblem.Hidden1);
        var start = Vectors.Z(known.Points[0].X + Vectors.Vec(0.03, -0.02), known.Points[0].Lambda + 0.01);
        var before = start.ToArray();
        Guard.Call(() => LagrangeNewton.Solve(known.Problem, start, Tol, 50), $"LagrangeNewton.Solve from {Fmt.Point(before)}");
        Check.That(start.ToArray().SequenceEqual(before),
            $"LagrangeNewton.Solve changed the caller's start from {Fmt.Point(before)} to {Fmt.Point(start)}. Work on a copy: var z = start.Clone().");
    }
}
