using Calculus.TestSupport;
using NUnit.Framework;
using static LinearRegression.HiddenTests.Gauss;

namespace LinearRegression.HiddenTests;

[TestFixture]
public class SteepestStepTests
{
    // Hidden histograms: other seeds, means, spreads and sizes than the public course data
    // (HeightsData.Histogram(): seed 6, 178.5 cm, 7.5 cm, 1000 people), so the public answers fail.
    private const int FitSeed = Seeded.HiddenSeed + 1, StepSeed = Seeded.HiddenSeed + 7;
    private const double FitMean = 172.5, FitSd = 8.5, StepMean = 166.0, StepSd = 9.5;
    private const int FitPeople = 1500, StepPeople = 700;
    private const double Aggression = 2000;

    private static (double[] X, double[] Y) StepData() => Histogram(StepSeed, StepMean, StepSd, StepPeople);

    /// <summary>(μ, σ, aggression) away from the best fit, where the gradient is sizeable.</summary>
    private static readonly (double Mu, double Sig, double Aggression)[] StepPoints =
    [
        (155, 6, 2000), (170, 14, 2000), (162, 8, 1), (175, 5, 350),
    ];

    private static string Hint(int component, double got, double[] x, double[] y, double mu, double sig, double aggression, double jMu, double jSig)
    {
        var (own, other) = component == 0 ? (jMu, jSig) : (jSig, jMu);
        var name = component == 0 ? "μ" : "σ";
        var candidates = new List<(double, string)>
        {
            (aggression * own, "Mistake [m05.step-sign]: the step points uphill. Fix: it is MINUS aggression times J (steepest DEscent)."),
            (-own, "Mistake [m05.step-aggression-missing]: the aggression is missing. Fix: the step is −aggression·J."),
            (-aggression * own / 2, "Mistake [m05.step-factor-two]: the factor 2 is missing. Fix: ∂/∂p of (yᵢ − fᵢ)² is −2(yᵢ − fᵢ)·∂f/∂p."),
            (-aggression * own / x.Length, "Mistake [m05.step-averaged-over-bins]: J is averaged over the bins. Fix: χ² = Σ (yᵢ − fᵢ)² is " +
                                           "a sum, so J is the sum over all bins, not the mean."),
            (-aggression * other, "Mistake [m05.step-components-swapped]: the two components are swapped. Fix: the first is δμ (from " +
                                  "∂f/∂μ), the second δσ (from ∂f/∂σ)."),
        };
        if (component == 1)
        {
            var noPrefactor = -aggression * Gradient(x, y, mu, sig, DSigNoPrefactor).JSig;
            if (Approx.Close(got, noPrefactor, 1e-7, 1e-300)) return StepMissingPrefactorHint;
        }
        if (OwnDerivativeIsWrong(component, mu, sig))
            return $"SteepestStep uses ∂f/∂{name}, and your {(component == 0 ? "DfDmu" : "DfDsig")} does not match it (see the " +
                   "GaussianDerivativeTests messages): fix the derivative first, the step inherits its error.";
        return Diagnose.Pick(got, -aggression * own,
            $"δ{name} = −aggression · Σᵢ −2(yᵢ − f(xᵢ; μ, σ))·∂f/∂{name}(xᵢ; μ, σ), summed over every bin, with f = HeightsData.Gaussian.",
            candidates.ToArray());
    }

    /// <summary>Whether the student's own DfDmu / DfDsig is off near (μ, σ), so a wrong step can be
    /// traced to it rather than to the step's formula.</summary>
    private static bool OwnDerivativeIsWrong(int component, double mu, double sig)
    {
        try
        {
            foreach (var x in new[] { mu - 1.3 * sig, mu + 0.4 * sig, mu + 2.1 * sig })
            {
                var got = component == 0 ? HeightsFit.DfDmu(x, mu, sig) : HeightsFit.DfDsig(x, mu, sig);
                var exact = component == 0 ? DMu(x, mu, sig) : DSig(x, mu, sig);
                if (!Approx.Close(got, exact, 1e-6, 1e-12)) return true;
            }
            return false;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static void CheckComponent(int component)
    {
        var (x, y) = StepData();
        foreach (var (mu, sig, aggression) in StepPoints)
        {
            var (jMu, jSig) = Gradient(x, y, mu, sig);
            var (xs, ys) = (x.ToArray(), y.ToArray());
            var got = HeightsFit.SteepestStep(xs, ys, mu, sig, aggression);
            Inputs.Unchanged($"SteepestStep at μ = {Fmt.Num(mu)}, σ = {Fmt.Num(sig)}", (xs, x, "x"), (ys, y, "y"));
            var (value, expected) = component == 0 ? (got.dMu, -aggression * jMu) : (got.dSig, -aggression * jSig);
            Approx.Equal(value, expected,
                $"SteepestStep(…, μ = {Fmt.Num(mu)}, σ = {Fmt.Num(sig)}, aggression = {Fmt.Num(aggression)}).{(component == 0 ? "dMu" : "dSig")} " +
                $"on a hidden heights histogram ({StepPeople} people, 2.5 cm bins)",
                "−aggression · ∂χ²/∂" + (component == 0 ? "μ" : "σ") + " with the analytic derivatives", 1e-9, 1e-15,
                Hint(component, value, x, y, mu, sig, aggression, jMu, jSig));
        }
    }

    [Test, Points(1), Task("steepest-step")]
    public void SteepestStep_MuComponentIsMinusAggressionTimesDChi2DMu() => CheckComponent(0);

    [Test, Points(2), Task("steepest-step")]
    public void SteepestStep_SigmaComponentIsMinusAggressionTimesDChi2DSigma() => CheckComponent(1);

    [Test, Points(2), Task("steepest-step")]
    public void SteepestStep_FiftyStepsFrom155And6ReachTheBestFit()
    {
        var (x, y) = Histogram(FitSeed, FitMean, FitSd, FitPeople);
        var (bestMu, bestSig) = BestFit(x, y, Aggression);
        var (mean, sd) = Moments(x, y);

        double mu = 155, sig = 6;
        for (var k = 1; k <= 50; k++)
        {
            var (dMu, dSig) = HeightsFit.SteepestStep(x.ToArray(), y.ToArray(), mu, sig, Aggression);
            mu += dMu;
            sig += dSig;
            Check.That(double.IsFinite(mu) && double.IsFinite(sig),
                $"Steepest descent on a hidden heights histogram from (μ, σ) = (155, 6) with aggression {Fmt.Num(Aggression)}: " +
                $"after step {k}, (μ, σ) = {Fmt.Point(mu, sig)} is not finite. Check SteepestStep against the formula −aggression·J.");
        }

        var where = $"Steepest descent on a hidden heights histogram ({FitPeople} people; its mean is {Fmt.Num(mean)} cm and its sd " +
                    $"{Fmt.Num(sd)} cm) after 50 steps from (μ, σ) = (155, 6) with aggression {Fmt.Num(Aggression)}";
        const string hint = "The best fit is where ∂χ²/∂μ = ∂χ²/∂σ = 0, close to the histogram's moments. Fix SteepestStep " +
                            "(and DfDmu, DfDsig, which it uses) against the other tests first.";
        Check.That(Math.Abs(mu - bestMu) <= 1e-3 && Math.Abs(sig - bestSig) <= 1e-3,
            $"{where}: expected (μ, σ) within 1e-3 cm of the best fit {Fmt.Point(bestMu, bestSig)} (computed by the grader), got {Fmt.Point(mu, sig)}. {hint}");
    }
}
