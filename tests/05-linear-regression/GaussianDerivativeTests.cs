using Calculus.TestSupport;
using NUnit.Framework;
using static LinearRegression.HiddenTests.Gauss;

namespace LinearRegression.HiddenTests;

[TestFixture]
public class GaussianDerivativeTests
{
    /// <summary>40 seeded (x, μ, σ) with μ ∈ [150, 200], σ ∈ [3, 20], x ∈ [130, 230], plus points
    /// at x = μ ± σ/2 and x = μ + 2σ, where each term of the derivatives matters.</summary>
    private static IEnumerable<(double X, double Mu, double Sig)> Points(int salt)
    {
        var rng = Seeded.Rng(salt);
        for (var k = 0; k < 40; k++)
        {
            double mu = rng.Uniform(150, 200), sig = rng.Uniform(3, 20), x = rng.Uniform(130, 230);
            yield return (x, mu, sig);
        }
        foreach (var (mu, sig) in new[] { (171.3, 8.2), (183.9, 4.1), (160.2, 15.7) })
        {
            yield return (mu + sig / 2, mu, sig);
            yield return (mu - sig / 2, mu, sig);
            yield return (mu + 2 * sig, mu, sig);
        }
    }

    /// <summary>The step comes from σ, the length over which f changes (CURRICULUM §3 rule 3), not
    /// from |x| ≈ 180; Richardson extrapolation makes the reference good to ~1e-10.</summary>
    private static double Fd(Func<double, double> g, double at, double sig) => FiniteDifferences.Richardson(g, at, 1e-3 * sig);

    /// <summary>An absolute floor of 1e-9 × the size of the derivatives near the peak, f_max/σ,
    /// for points in the far tails, where f and its derivatives are vanishingly small.</summary>
    private static double Floor(double sig) => 1e-9 / (Math.Sqrt(2 * Math.PI) * sig * sig);

    [Test, Points(2), Task("gaussian-derivatives")]
    public void DfDmu_MatchesFiniteDifferences()
    {
        foreach (var (x, mu, sig) in Points(salt: 601))
        {
            var expected = Fd(m => F(x, m, sig), mu, sig);
            var got = HeightsFit.DfDmu(x, mu, sig);
            double f = F(x, mu, sig), d = x - mu;
            var hint = Diagnose.Pick(got, DMu(x, mu, sig),
                "Differentiate the exponent −(x − μ)²/(2σ²) with respect to μ (chain rule) and multiply by f: ∂f/∂μ = f·(x − μ)/σ².",
                (-f * d / (sig * sig), "The sign is flipped: d/dμ of −(x − μ)²/(2σ²) is +(x − μ)/σ² (the inner derivative of x − μ with respect to μ is −1)."),
                (f * d / sig, "Divide by σ², not σ: d/dμ of −(x − μ)²/(2σ²) is (x − μ)/σ²."),
                (f * d / (2 * sig * sig), "Off by a factor 2: the 2 from the square cancels the 2 in 2σ², giving f·(x − μ)/σ²."),
                (d / (sig * sig), "The factor f is missing: d/dμ e^(g) = e^(g)·dg/dμ, so the derivative is f times (x − μ)/σ²."),
                (f * d / (sig * sig * sig), "Divide by σ², not σ³."));
            Approx.Equal(got, expected, $"∂f/∂μ at x = {Fmt.Num(x)}, μ = {Fmt.Num(mu)}, σ = {Fmt.Num(sig)}",
                "finite differences of f in μ, step 1e-3·σ", 1e-6, Floor(sig), hint);
        }
    }

    private static string SigHint(double got, double x, double mu, double sig)
    {
        double f = F(x, mu, sig), d2 = (x - mu) * (x - mu);
        return Diagnose.Pick(got, DSig(x, mu, sig),
            "σ appears twice in f = exp(−(x − μ)²/(2σ²)) / (√(2π)·σ); use the product rule: ∂f/∂σ = f·((x − μ)²/σ³ − 1/σ).",
            (DSigNoPrefactor(x, mu, sig), MissingPrefactorHint),
            (f * (d2 / (sig * sig * sig) + 1 / sig), "The −1/σ term has the wrong sign: d/dσ (1/σ) = −1/σ², which gives −f/σ."),
            (-f / sig, "Only the −f/σ term from the prefactor is there: the exponent −(x − μ)²/(2σ²) also depends on σ and adds f·(x − μ)²/σ³."),
            (f * (d2 / (sig * sig) - 1 / sig), "d/dσ of −(x − μ)²/(2σ²) is (x − μ)²/σ³ (power rule on σ⁻²), not (x − μ)²/σ²."),
            (f * (d2 / (2 * sig * sig * sig) - 1 / sig), "The exponent's term is off by a factor 2: d/dσ of −(x − μ)²/(2σ²) = (x − μ)²/σ³."),
            (-f * (d2 / (sig * sig * sig) - 1 / sig), "The sign is flipped overall: ∂f/∂σ = f·((x − μ)²/σ³ − 1/σ)."));
    }

    [Test, Points(2), Task("gaussian-derivatives")]
    public void DfDsig_MatchesFiniteDifferences()
    {
        foreach (var (x, mu, sig) in Points(salt: 607))
        {
            var expected = Fd(s => F(x, mu, s), sig, sig);
            var got = HeightsFit.DfDsig(x, mu, sig);
            Approx.Equal(got, expected, $"∂f/∂σ at x = {Fmt.Num(x)}, μ = {Fmt.Num(mu)}, σ = {Fmt.Num(sig)}",
                "finite differences of f in σ, step 1e-3·σ", 1e-6, Floor(sig), SigHint(got, x, mu, sig));
        }
    }

    [Test, Points(1), Task("gaussian-derivatives")]
    public void DfDsig_AtThePeakIsMinusFOverSigma()
    {
        // At x = μ the exponent is 0 for every σ, so only the prefactor 1/(√(2π)σ) varies:
        // ∂f/∂σ = −1/(√(2π)σ²) = −f/σ exactly.
        foreach (var (mu, sig) in new[] { (172.4, 8.6), (181.0, 3.3), (158.7, 17.9) })
        {
            var expected = -1 / (Math.Sqrt(2 * Math.PI) * sig * sig);
            var got = HeightsFit.DfDsig(mu, mu, sig);
            Approx.Equal(got, expected, $"∂f/∂σ at the peak x = μ = {Fmt.Num(mu)}, σ = {Fmt.Num(sig)}",
                "d/dσ of f(μ; μ, σ) = 1/(√(2π)·σ), i.e. −f/σ", 1e-10, 1e-15, SigHint(got, mu, mu, sig));
        }
    }
}
