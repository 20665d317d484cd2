using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace LinearRegression.HiddenTests;

[TestFixture]
public class NormalEquationsTests
{
    private const string Fallback =
        "θ is the least-squares solution: it solves the normal equations ΦᵀΦ θ = Φᵀy (one coefficient per column of Φ). " +
        "Solve them with a decomposition, e.g. Phi.QR().Solve(y), or (ΦᵀΦ).Cholesky().Solve(Φᵀy).";

    [Test, Points(2), Task("normal-equations")]
    public void NormalEquations_MatchesQR()
    {
        var rng = Seeded.Rng(301);
        foreach (var (n, p) in new[] { (30, 3), (45, 4), (80, 5), (12, 2) })
        {
            var phi = Problems.WellConditioned(rng, n, p);
            var y = Problems.NoisyTarget(rng, phi, 0.5);
            var expected = Problems.LeastSquares(phi, y);
            var (phiGiven, yGiven) = (phi.Clone(), y.Clone());
            var got = Regression.NormalEquations(phiGiven, yGiven);
            Compare.Vectors(got, expected, $"NormalEquations for a seeded, well-conditioned {n}×{p} Φ (column 0 all ones)",
                "Phi.QR().Solve(y) on the grader side", 1e-9, Fallback);
            Inputs.Unchanged($"NormalEquations for a seeded {n}×{p} Φ", (phiGiven, phi, "Phi"), (yGiven, y, "y"));
        }
    }

    [Test, Points(1), Task("normal-equations")]
    public void NormalEquations_RecoversExactCoefficients()
    {
        // y lies exactly in the column space of Φ, so the residual is 0 and θ is recovered.
        var rng = Seeded.Rng(303);
        var phi = Matrix<double>.Build.Dense(12, 4, (_, _) => rng.Uniform(-2, 2));
        var theta = Problems.Vec(1.5, -0.25, 3.0, -2.0);
        var got = Regression.NormalEquations(phi.Clone(), phi * theta);
        Compare.Vectors(got, theta, "NormalEquations for a seeded 12×4 Φ and y = Φθ exactly, θ = (1.5, −0.25, 3, −2)",
            "the θ that generated y", 1e-9, Fallback);
    }

    [Test, Points(2), Task("normal-equations")]
    public void NormalEquations_ResidualIsOrthogonalOnAnIllConditionedProblem()
    {
        // Degree-8 polynomial fits on [0, 1]: κ(Φ) ≈ 1e6, κ(ΦᵀΦ) ≈ 1e12. (measured) QR and Cholesky
        // leave ‖Φᵀr‖ / (‖Φ‖‖y‖) ≈ 1e-15; an explicit (ΦᵀΦ)⁻¹ leaves 3e-7…3e-6, failing 1e-8 by
        // a factor 30 or more.
        var rng = Seeded.Rng(307);
        foreach (var n in new[] { 30, 40, 60 })
        {
            var x = Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();
            var phi = Matrix<double>.Build.Dense(n, 9, (i, k) => Math.Pow(x[i], k));
            var y = Vector<double>.Build.Dense(n, i => Math.Sin(3 * x[i]) + 0.5 * Math.Exp(x[i]) + rng.Uniform(-0.005, 0.005));
            var what = $"NormalEquations for a degree-8 polynomial fit to {n} seeded points on [0, 1] (Φ is {n}×9, κ(Φ) ≈ {Fmt.Num(phi.ConditionNumber())})";

            var got = Regression.NormalEquations(phi.Clone(), y.Clone());
            Check.That(got is not null && got.Count == 9,
                $"{what}: expected a vector of length 9, got " + (got is null ? "null." : $"length {got.Count}."));
            for (var k = 0; k < 9; k++) Check.Finite(got![k], $"{what}, component {k}");

            var residual = y - phi * got!;
            var ratio = phi.TransposeThisAndMultiply(residual).L2Norm() / (phi.L2Norm() * y.L2Norm());
            if (ratio <= 1e-8) continue;

            var qr = Problems.LeastSquares(phi, y);
            var relErr = (got - qr).L2Norm() / qr.L2Norm();
            var hint = relErr < 1e-2
                ? $"Your θ is close to the QR solution (relative difference {Fmt.Num(relErr)}) but has lost digits. " +
                  "Mistake [m05.explicit-inverse]: this is what an explicit inverse does, (ΦᵀΦ).Inverse() * Φᵀy (or a pseudo-inverse built from " +
                  "it): inverting squares the conditioning problem and then multiplies the rounding errors in. Fix: never form the " +
                  "inverse; solve instead: Phi.QR().Solve(y), or (ΦᵀΦ).Cholesky().Solve(Φᵀy)."
                : Fallback;
            Assert.Fail($"{what}: the least-squares residual r = y − Φθ must be orthogonal to every column of Φ (that is what " +
                        $"ΦᵀΦ θ = Φᵀy says): expected ‖Φᵀr‖ ≤ 1e-8·‖Φ‖·‖y‖, got ‖Φᵀr‖ / (‖Φ‖·‖y‖) = {Fmt.Num(ratio)}. {hint}");
        }
    }
}
