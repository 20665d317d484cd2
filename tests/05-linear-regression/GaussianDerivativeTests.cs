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
                (-f * d / (sig * sig), "Mistake [m05.dfdmu-sign]: the sign is flipped. Fix: d/dμ of −(x − μ)²/(2σ²) is +(x − μ)/σ² " +
                                       "(the inner derivative of x − μ with respect to μ is −1)."),
                (f * d / sig, "Mistake [m05.dfdmu-wrong-power]: divided by σ, not σ². Fix: d/dμ of −(x − μ)²/(2σ²) is (x − μ)/σ²."),
                (f * d / (2 * sig * sig), "Mistake [m05.dfdmu-factor-two]: off by a factor 2. Fix: the 2 from the square cancels the 2 in 2σ², " +
                                          "giving f·(x − μ)/σ²."),
                (d / (sig * sig), "Mistake [m05.dfdmu-missing-f]: the factor f is missing. Fix: d/dμ e^(g) = e^(g)·dg/dμ, so the derivative " +
                                  "is f times (x − μ)/σ²."),
                (f * d / (sig * sig * sig), "Mistake [m05.dfdmu-wrong-power]: divided by σ³, not σ². Fix: ∂f/∂μ = f·(x − μ)/σ²."));
            Approx.Equal(got, expected, $"∂f/∂μ at x = {Fmt.Num(x)}, μ = {Fmt.Num(mu)}, σ = {Fmt.Num(sig)}",
                "finite differences of f in μ, step 1e-3·σ", 1e-6, Floor(sig), hint);
        }
        // Just off the peak ∂f/∂μ is 10⁵ times smaller than f/σ: a formula keeps every digit, differences of f keep few.
        foreach (var (mu, sig, offset) in Probes)
        {
            var x = mu + offset * sig;
            CheckAnalytic(HeightsFit.DfDmu(x, mu, sig), DMu(x, mu, sig), "∂f/∂μ", "DfDmu", x, mu, sig, 1e-11,
                "f·(x − μ)/σ² (chain rule on the exponent)");
        }
    }

    /// <summary>(μ, σ, (x − μ)/σ) just off the zero of ∂f/∂μ (x = μ).</summary>
    private static readonly (double Mu, double Sig, double Offset)[] Probes = [(171.3, 8.2, 1e-5), (183.9, 4.1, -2e-5), (160.2, 15.7, 3e-5)];

    /// <summary>Where the derivative is tiny next to f/σ, a difference of f values loses most digits (the
    /// best five-point rule lands 1e-9 or more off), while a formula stays within ~1e-12 of the exact value.</summary>
    private static void CheckAnalytic(double got, double exact, string symbol, string method, double x, double mu, double sig, double rtol, string formula)
    {
        if (double.IsFinite(got) && Math.Abs(got - exact) <= rtol * Math.Abs(exact)) return;
        var what = $"{symbol} at x = {Diagnose.Exact(x)}, μ = {Fmt.Num(mu)}, σ = {Fmt.Num(sig)} (a point where {symbol} is tiny next to f/σ)";
        var near = double.IsFinite(got) && Math.Abs(got - exact) <= 1e-4 * Math.Abs(exact);
        Assert.Fail($"{what}: expected {Diagnose.Exact(exact)} (the exact formula {formula}, evaluated without cancellation), got " +
                    $"{Diagnose.Exact(got)}, relative error {Fmt.Num(Math.Abs(got - exact) / Math.Abs(exact))} (allowed {Fmt.Num(rtol)}; all 17 " +
                    "digits shown). " + (near
                        ? $"Mistake [m05.finite-difference-derivative]: your {method} is close but not exact where the derivative nearly " +
                          "vanishes: that is the rounding error of a finite difference of f (nearly equal values subtracted). Fix: the README " +
                          $"asks for the analytic formula: {symbol} = {formula}, written as f times a factor."
                        : $"{symbol} = {formula}."));
    }

    private static string SigHint(double got, double x, double mu, double sig)
    {
        double f = F(x, mu, sig), d2 = (x - mu) * (x - mu);
        return Diagnose.Pick(got, DSig(x, mu, sig),
            "σ appears twice in f = exp(−(x − μ)²/(2σ²)) / (√(2π)·σ); use the product rule: ∂f/∂σ = f·((x − μ)²/σ³ − 1/σ).",
            (DSigNoPrefactor(x, mu, sig), MissingPrefactorHint),
            (f * (d2 / (sig * sig * sig) + 1 / sig), "Mistake [m05.dfdsig-prefactor-sign]: the −1/σ term has the wrong sign. Fix: " +
                                                     "d/dσ (1/σ) = −1/σ², which gives −f/σ."),
            (-f / sig, "Mistake [m05.dfdsig-exponent-term-missing]: only the −f/σ term from the prefactor is there. Fix: the exponent " +
                       "−(x − μ)²/(2σ²) also depends on σ and adds f·(x − μ)²/σ³."),
            (f * (d2 / (sig * sig) - 1 / sig), "Mistake [m05.dfdsig-exponent-power]: d/dσ of −(x − μ)²/(2σ²) was taken as (x − μ)²/σ². " +
                                               "Fix: it is (x − μ)²/σ³ (power rule on σ⁻²)."),
            (f * (d2 / (2 * sig * sig * sig) - 1 / sig), "Mistake [m05.dfdsig-exponent-factor-two]: the exponent's term is off by a factor 2. " +
                                                         "Fix: d/dσ of −(x − μ)²/(2σ²) = (x − μ)²/σ³."),
            (-f * (d2 / (sig * sig * sig) - 1 / sig), "Mistake [m05.dfdsig-sign]: the sign is flipped overall. Fix: ∂f/∂σ = f·((x − μ)²/σ³ − 1/σ)."));
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
        // Just off x = μ ± σ, where ∂f/∂σ = 0, the two terms nearly cancel: the exact value takes (x − μ)² − σ² as
        // (d − σ)(d + σ), and any formula stays within ~1e-12 of it, while a difference of f values cannot.
        foreach (var (mu, sig, gap) in new[] { (171.3, 8.2, 1e-4), (183.9, 4.1, -1e-4), (160.2, 15.7, 2e-4) })
        {
            var x = mu + sig * (1 + gap);
            var d = x - mu;
            var exact = F(x, mu, sig) * ((d - sig) * (d + sig)) / (sig * sig * sig);
            CheckAnalytic(HeightsFit.DfDsig(x, mu, sig), exact, "∂f/∂σ", "DfDsig", x, mu, sig, 3e-11,
                "f·((x − μ)²/σ³ − 1/σ) (product rule: the exponent and the prefactor 1/σ)");
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
            // At the peak ∂f/∂σ without its −f/σ term is exactly 0, like an answer that computes nothing: name
            // the missing term only when the same DfDsig also lacks it away from the peak.
            // At the peak several wrong formulas give the same value (a flipped −1/σ and a flipped overall sign both
            // give +f/σ): the mistake is named from the same DfDsig away from the peak, where they differ.
            var off = mu + 1.5 * sig;
            var gotOff = HeightsFit.DfDsig(off, mu, sig);
            var hint = got == 0 && !Approx.Close(gotOff, DSigNoPrefactor(off, mu, sig), 1e-7, 1e-300)
                ? "At the peak the exponent's term vanishes and only the prefactor's −f/σ is left; it is not 0."
                : SigHint(gotOff, off, mu, sig);
            Approx.Equal(got, expected, $"∂f/∂σ at the peak x = μ = {Fmt.Num(mu)}, σ = {Fmt.Num(sig)}",
                "d/dσ of f(μ; μ, σ) = 1/(√(2π)·σ), i.e. −f/σ", 1e-10, 1e-15, hint);
        }
    }
}
