using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace LinearRegression.HiddenTests;

[TestFixture]
public class GradientDescentTests
{
    private const string Rule =
        "Start from θ = 0 and take exactly `iters` steps θ ← θ − γ·(2/N)·Φᵀ(Φθ − y), the gradient of the mean squared error (1/N)‖Φθ − y‖².";

    private static string StepHint(Matrix<double> phi, Vector<double> y, double gamma, int iters, Vector<double> got, Vector<double> expected)
    {
        var n = phi.RowCount;
        if (iters > 0 && got.All(v => v == 0) && expected.Any(v => v != 0))
            return StandingStill(iters, n);
        var candidates = new List<(Vector<double>, string)>
        {
            (Problems.Descend(phi, y, gamma, iters, 2.0),
                "Mistake [m05.gd-sum-gradient]: your gradient is the SUM 2·Φᵀ(Φθ − y), N times the mean-loss gradient: the learning rate " +
                "is then not scaled with N, and the same γ diverges once N is large. Fix: use the mean, (2/N)·Φᵀ(Φθ − y)."),
            (Problems.Descend(phi, y, gamma, iters, 1.0 / n),
                "Mistake [m05.gd-factor-two-dropped]: the factor 2 is missing. Fix: the gradient of (1/N)‖Φθ − y‖² is (2/N)·Φᵀ(Φθ − y)."),
            (Problems.Descend(phi, y, gamma, iters, 2.0 / n, sign: -1),
                "Mistake [m05.gd-climbs]: you are climbing. Fix: the step is MINUS γ times the gradient, θ ← θ − γ·∇L."),
            (Problems.Descend(phi, y, gamma, iters, 2.0 / n * n / (n - 1.0)),
                "Mistake [m05.gd-divides-by-n-minus-one]: the gradient is divided by N − 1. Fix: the mean squared error divides by N."),
        };
        if (iters > 1)
            candidates.Add((Problems.Descend(phi, y, gamma, iters - 1, 2.0 / n),
                $"Mistake [m05.gd-step-count]: that is {iters - 1} steps. Fix: take exactly iters = {iters} steps."));
        candidates.Add((Problems.Descend(phi, y, gamma, iters + 1, 2.0 / n),
            $"Mistake [m05.gd-step-count]: that is {iters + 1} steps. Fix: take exactly iters = {iters} steps, starting from θ = 0."));
        return Diagnose.Pick(got, expected, Rule, candidates.ToArray());
    }

    /// <summary>θ still 0 after some steps. Integer division (2 / N, 1 / N) is exact when N = 1, so
    /// the same method on a one-row problem tells it apart from a loop that runs no step or an update
    /// that is never stored.</summary>
    private static string StandingStill(int iters, int n)
    {
        var phi1 = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0.6 } });
        var y1 = Problems.Vec(1.7);
        var exact = Problems.Descend(phi1, y1, 0.2, 3, 2.0);
        Vector<double>? one;
        try { one = Regression.FitByGradientDescent(phi1.Clone(), y1.Clone(), 0.2, 3); }
        catch (Exception) { one = null; }
        if (one is not null && Diagnose.AllClose(one, exact, 1e-12))
            return $"Mistake [m05.gd-integer-division]: θ is still 0 after {iters} step(s) here (N = {n}), yet your method is right on a " +
                   "one-row problem (N = 1): the gradient's factor is integer division, 2 / N (or 1 / N), which is 0 in C# for an int N > 2. " +
                   "Fix: write 2.0 / N so the division is done in double.";
        if (iters == 1 && one is not null && one.Any(v => v != 0))
            return $"Mistake [m05.gd-step-count]: that is 0 steps, θ = 0 unchanged. Fix: take exactly iters = {iters} steps, starting from θ = 0.";
        return $"Mistake [m05.gd-theta-not-updated]: θ is still 0 after {iters} step(s), also on a one-row problem: each step's result is " +
               "lost. Fix: store the update, θ = θ − γ·(2/N)·Φᵀ(Φθ − y) (MathNet's Subtract returns a new vector unless given a result argument).";
    }

    [Test, Points(2), Task("gradient-descent")]
    public void FitByGradientDescent_TakesTheStatedSteps()
    {
        var rng = Seeded.Rng(501);
        var phi = Problems.WellConditioned(rng, 9, 3);
        var y = Problems.NoisyTarget(rng, phi, 0.5);
        const double gamma = 0.07;
        foreach (var iters in new[] { 1, 2, 5, 0 })
        {
            var expected = Problems.Descend(phi, y, gamma, iters, 2.0 / phi.RowCount);
            var (phiGiven, yGiven) = (phi.Clone(), y.Clone());
            var got = Regression.FitByGradientDescent(phiGiven, yGiven, gamma, iters);
            var what = $"FitByGradientDescent on a seeded 9×3 Φ with γ = {Fmt.Num(gamma)} and iters = {iters}";
            Inputs.Unchanged(what, (phiGiven, phi, "Phi"), (yGiven, y, "y"));
            if (iters == 0)
            {
                Check.That(got is not null && got.Count == 3 && got.All(v => v == 0),
                    $"{what}: expected θ = 0 (no steps taken from the starting point θ = 0), got " +
                    (got is null ? "null." : $"{Fmt.Point(got)}.") + " " + Rule);
                continue;
            }
            Compare.Vectors(got, expected, what, "θ = 0 followed by the stated steps θ ← θ − γ·(2/N)·Φᵀ(Φθ − y)", 1e-9,
                () => got is not null && got.Count == 3 ? StepHint(phi, y, gamma, iters, got, expected) : Rule);
        }
    }

    /// <summary>γ = 1/L with L the largest eigenvalue of the mean-loss Hessian (2/N)ΦᵀΦ; then the
    /// error shrinks at least by (1 − 1/κ) per step (κ = L/μ), so κ·ln(1e9) steps reduce it below
    /// 1e-9 of ‖θ*‖, leaving a margin of 1000 for the 1e-6 check.</summary>
    private static void CheckConvergence(Matrix<double> phi, Vector<double> y, string problem)
    {
        var (mu, l) = Problems.HessianSpectrum(phi);
        var gamma = 1 / l;
        var iters = (int)Math.Ceiling(l / mu * Math.Log(1e9));
        var expected = Problems.LeastSquares(phi, y);
        var got = Regression.FitByGradientDescent(phi.Clone(), y.Clone(), gamma, iters);
        var what = $"FitByGradientDescent on {problem} with γ = 1/L = {Fmt.Num(gamma)} (L = {Fmt.Num(l)}, the largest eigenvalue of the " +
                   $"mean-loss Hessian (2/N)ΦᵀΦ; condition number κ = {Fmt.Num(l / mu)}) and iters = ⌈κ·ln 1e9⌉ = {iters}";
        Compare.Vectors(got, expected, what, "the least-squares solution Phi.QR().Solve(y)", 1e-6, () =>
        {
            if (got is null || got.Count != expected.Count) return Rule;
            if (got.Any(v => !double.IsFinite(v)) || got.L2Norm() > 1e3 * expected.L2Norm())
                return Diagnose.AllClose(Regression.FitByGradientDescent(phi.Clone(), y.Clone(), gamma, 3), Problems.Descend(phi, y, gamma, 3, 2.0), 1e-9)
                    ? "θ blew up: the iteration diverged. Mistake [m05.gd-sum-gradient]: γ was chosen for the MEAN loss (1/N)‖Φθ − y‖², whose " +
                      $"gradient is (2/N)·Φᵀ(Φθ − y); with the sum 2·Φᵀ(Φθ − y) each step is N = {phi.RowCount} times too long (the learning " +
                      "rate is not scaled with N) and the iteration explodes. Fix: divide the gradient by N."
                    : "θ blew up: the iteration diverged. γ was chosen for the MEAN loss (1/N)‖Φθ − y‖², whose gradient is (2/N)·Φᵀ(Φθ − y): " +
                      "check the step against the first gradient-descent test.";
            return StepHint(phi, y, gamma, iters, got, Problems.Descend(phi, y, gamma, iters, 2.0 / phi.RowCount));
        });
    }

    [Test, Points(2), Task("gradient-descent")]
    public void FitByGradientDescent_ConvergesToTheNormalEquationsSolution()
    {
        var rng = Seeded.Rng(503);
        // Column 1 is uniform on [0, 2], not centred, which makes κ ≈ 15: a few hundred steps.
        var phi = Matrix<double>.Build.Dense(60, 4, (_, k) => k == 0 ? 1 : k == 1 ? rng.Uniform(0, 2) : rng.Uniform(-1, 1));
        var y = Problems.NoisyTarget(rng, phi, 0.5);
        CheckConvergence(phi, y, "a seeded 60×4 Φ (columns 1, x₁ ∈ [0, 2], x₂, x₃ ∈ [−1, 1])");
    }

    [Test, Points(1), Task("gradient-descent")]
    public void FitByGradientDescent_IsStableForLargeN()
    {
        // N = 10⁴ points on a straight line, x spread so that κ ≈ 1 (about 25 steps). A
        // sum-of-squares gradient is 10⁴ times too large for the γ chosen for the mean loss: each
        // step multiplies the error by about 10⁴.
        var rng = Seeded.Rng(509);
        const int n = 10_000;
        var phi = Matrix<double>.Build.Dense(n, 2, (_, k) => k == 0 ? 1 : rng.Uniform(-1.7, 1.7));
        var y = Problems.NoisyTarget(rng, phi, 1.0);
        CheckConvergence(phi, y, "a seeded straight-line fit with N = 10⁴ points (Φ = [1, x], x in −1.7…1.7)");
    }
}
