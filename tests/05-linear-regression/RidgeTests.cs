using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace LinearRegression.HiddenTests;

[TestFixture]
public class RidgeTests
{
    private const string Fallback =
        "Ridge solves (ΦᵀΦ + λI) θ = Φᵀy: add λ to the diagonal of ΦᵀΦ only (every coefficient, θ₀ included, is penalised), " +
        "then solve with Cholesky or QR — or, equivalently, solve the augmented least-squares problem [Φ; √λ·I] θ ≈ [y; 0].";

    /// <summary>Names the usual ways of penalising wrongly when the answer matches one.</summary>
    private static string Hint(Matrix<double> phi, Vector<double> y, double lambda, Vector<double> got, Vector<double> expected)
    {
        int n = phi.RowCount, p = phi.ColumnCount;
        var identity = Matrix<double>.Build.DenseIdentity(p);
        var noIntercept = identity.Clone();
        noIntercept[0, 0] = 0;
        return Diagnose.Pick(got, expected, Fallback,
            (Problems.Penalised(phi, y, Matrix<double>.Build.Dense(p, p, lambda)),
                "Mistake [m05.ridge-lambda-every-entry]: λ was added to every entry of ΦᵀΦ, not just to its diagonal (in MathNet, " +
                "matrix + number adds the number to all entries). Fix: write ΦᵀΦ + λ·I with I = Matrix<double>.Build.DenseIdentity(p)."),
            (Problems.Penalised(phi, y, lambda * noIntercept),
                "Mistake [m05.ridge-intercept-unpenalised]: the constant term θ₀ is not penalised in your answer. Fix: in this module " +
                "ridge penalises every coefficient, ‖θ‖² = θ₀² + θ₁² + …: add λ to every diagonal entry of ΦᵀΦ, the first one too."),
            (Problems.Penalised(phi, y, lambda * lambda * identity), "Mistake [m05.ridge-lambda-scaled]: the penalty is λ²·I. Fix: use λ·I " +
                                                                     "(the loss is ‖Φθ − y‖² + λ‖θ‖²)."),
            (Problems.Penalised(phi, y, Math.Sqrt(lambda) * identity),
                "Mistake [m05.ridge-lambda-scaled]: the penalty is √λ·I. Fix: √λ belongs in the augmented rows [Φ; √λ·I], while the " +
                "normal equations get λ·I."),
            (Problems.Penalised(phi, y, n * lambda * identity),
                "Mistake [m05.ridge-lambda-scaled]: the penalty is N·λ·I, the mean-loss convention (1/N)‖Φθ − y‖² + λ‖θ‖². Fix: here the " +
                "loss is the sum, ‖Φθ − y‖² + λ‖θ‖²: use λ·I."),
            (Problems.Penalised(phi, y, lambda / n * identity),
                "Mistake [m05.ridge-lambda-scaled]: the penalty is (λ/N)·I. Fix: the loss here is ‖Φθ − y‖² + λ‖θ‖², so the normal " +
                "equations get λ·I unscaled."),
            (Problems.Penalised(phi, y, 2 * lambda * identity), "Mistake [m05.ridge-lambda-scaled]: the penalty is 2λ·I. Fix: the factor 2 " +
                                                                "from differentiating appears on both sides and cancels, leaving ΦᵀΦ + λI."),
            (Problems.Penalised(phi, y, -lambda * identity), "Mistake [m05.ridge-penalty-sign]: the penalty has the wrong sign. Fix: ridge " +
                                                             "adds λ·I (it shrinks θ), it does not subtract it."),
            (Problems.LeastSquares(phi, y), "Mistake [m05.ridge-lambda-unused]: this is the ordinary least-squares θ: λ was not used. Fix: " +
                                            "solve (ΦᵀΦ + λI) θ = Φᵀy."));
    }

    [Test, Points(1), Task("ridge")]
    public void Ridge_WithLambdaZeroIsOrdinaryLeastSquares()
    {
        var rng = Seeded.Rng(401);
        var phi = Problems.WellConditioned(rng, 40, 4);
        var y = Problems.NoisyTarget(rng, phi, 0.5);
        var ols = Problems.LeastSquares(phi, y);
        foreach (var lambda in new[] { 0.0, 1e-10 })
            Compare.Vectors(Regression.Ridge(phi.Clone(), y.Clone(), lambda), ols,
                $"Ridge with λ = {Fmt.Num(lambda)} for a seeded, well-conditioned 40×4 Φ",
                "ordinary least squares, Phi.QR().Solve(y), as λ → 0", 1e-8,
                "With λ → 0 the penalty vanishes and ridge must give the least-squares θ. " + Fallback);
    }

    [Test, Points(2), Task("ridge")]
    public void Ridge_EqualsLeastSquaresOnTheAugmentedSystem()
    {
        var rng = Seeded.Rng(403);
        foreach (var (n, p) in new[] { (25, 3), (60, 5) })
        {
            var phi = Problems.WellConditioned(rng, n, p);
            var y = Problems.NoisyTarget(rng, phi, 0.8);
            foreach (var lambda in new[] { 0.3, 4.0, 40.0 })
            {
                var expected = Problems.RidgeAugmented(phi, y, lambda);
                var (phiGiven, yGiven) = (phi.Clone(), y.Clone());
                var got = Regression.Ridge(phiGiven, yGiven, lambda);
                Compare.Vectors(got, expected, $"Ridge with λ = {Fmt.Num(lambda)} for a seeded {n}×{p} Φ (column 0 all ones)",
                    "least squares on the augmented system [Φ; √λ·I] θ ≈ [y; 0], by QR", 1e-8,
                    () => got is not null && got.Count == p ? Hint(phi, y, lambda, got, expected) : Fallback);
                Inputs.Unchanged($"Ridge with λ = {Fmt.Num(lambda)} for a seeded {n}×{p} Φ", (phiGiven, phi, "Phi"), (yGiven, y, "y"));
            }
        }
    }

    [Test, Points(1), Task("ridge")]
    public void Ridge_ShrinksTheCoefficientsAsLambdaGrows()
    {
        var rng = Seeded.Rng(407);
        var phi = Problems.WellConditioned(rng, 30, 4);
        var y = Problems.NoisyTarget(rng, phi, 0.5);
        var lambdas = new[] { 0.0, 0.5, 5, 50, 500, 5e4 };
        var norms = lambdas.Select(l => Regression.Ridge(phi.Clone(), y.Clone(), l).L2Norm()).ToArray();
        for (var k = 1; k < lambdas.Length; k++)
            Check.That(norms[k] < norms[k - 1],
                $"Ridge for a seeded 30×4 Φ: ‖θ‖ must shrink as λ grows, but ‖θ‖ = {Fmt.Num(norms[k - 1])} at λ = {Fmt.Num(lambdas[k - 1])} " +
                $"and {Fmt.Num(norms[k])} at λ = {Fmt.Num(lambdas[k])}. The penalty +λ‖θ‖² pulls every coefficient towards 0; " +
                "check that you add λ·I to ΦᵀΦ (not subtract it, and not only to some coefficients).");
        var ols = norms[0];
        var large = Regression.Ridge(phi.Clone(), y.Clone(), 1e8).L2Norm();
        Check.That(large < 1e-3 * ols,
            $"Ridge for a seeded 30×4 Φ with λ = 1e8: expected θ ≈ 0 (‖θ‖ below 1e-3 × the least-squares ‖θ‖ = {Fmt.Num(ols)}), got ‖θ‖ = {Fmt.Num(large)}. " +
            "A huge penalty must drive every coefficient, θ₀ included, towards 0.");
    }
}
