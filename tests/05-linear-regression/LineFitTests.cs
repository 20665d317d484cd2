using Calculus.TestSupport;
using NUnit.Framework;

namespace LinearRegression.HiddenTests;

[TestFixture]
public class LineFitTests
{
    /// <summary>Seeded noisy lines: x uniform on [lo, hi], y = m·x + c + noise.</summary>
    private static IEnumerable<(double[] X, double[] Y)> NoisyLines(int salt)
    {
        var rng = Seeded.Rng(salt);
        var specs = new (int N, double Lo, double Hi, double M, double C, double Noise)[]
        {
            (6, 0, 5, 1.7, -0.4, 0.3),
            (25, -4, 9, -2.3, 6.1, 1.0),
            (50, -10, 10, 0.35, 12.5, 2.0),
            (120, 1, 3, 4.2, -7.7, 0.05),
            (200, -1, 1, -0.8, 0.9, 0.5),
        };
        foreach (var s in specs)
        {
            var x = Enumerable.Range(0, s.N).Select(_ => rng.Uniform(s.Lo, s.Hi)).ToArray();
            var y = x.Select(t => s.M * t + s.C + rng.Uniform(-s.Noise, s.Noise)).ToArray();
            yield return (x, y);
        }
    }

    /// <summary>Names the order mistakes, else a pointer to the formula for the component that is off.</summary>
    internal static string Hint((double m, double c) got, double m, double c, bool slopeOff)
    {
        if (Approx.Close(got.m, c, 1e-8, 1e-12) && Approx.Close(got.c, m, 1e-8, 1e-12))
            return "Mistake [m05.fitline-intercept-first]: you returned (c, m), the intercept first. Fix: return (m, c), slope first, the " +
                   "course's order (linfit returned [m, c]); MathNet's Fit.Line returns (intercept, slope), the opposite order: do not copy it.";
        return slopeOff
            ? "The slope is m = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)², with the means x̄ and ȳ over all N points."
            : "The slope is right but the intercept is not: c = ȳ − m·x̄.";
    }

    internal static void CheckLine((double m, double c) got, double m, double c, string where, string source, double rtol)
    {
        // An absolute floor proportional to the line's size, for intercepts near 0.
        var atol = 1e-12 * (Math.Abs(m) + Math.Abs(c));
        Approx.Equal(got.m, m, $"FitLine slope m {where}", source, rtol, atol, Hint(got, m, c, slopeOff: true));
        Approx.Equal(got.c, c, $"FitLine intercept c {where}", source, rtol, atol, Hint(got, m, c, slopeOff: false));
    }

    [Test, Points(2), Task("fit-line")]
    public void FitLine_MatchesMathNetFitLine()
    {
        // Before any assertion, so a wrong fit is drawn too: the second data set (25 points).
        var (plotX, plotY) = NoisyLines(salt: 101).ElementAt(1);
        LineFitPlot.Record(plotX, plotY);
        var k = 0;
        foreach (var (x, y) in NoisyLines(salt: 101))
        {
            k++;
            var (intercept, slope) = MathNet.Numerics.Fit.Line(x, y);
            var (xs, ys) = (x.ToArray(), y.ToArray());
            var got = Regression.FitLine(xs, ys);
            CheckLine(got, slope, intercept, $"on seeded noisy data set {k} (N = {x.Length}, x in {Fmt.Num(x.Min())}…{Fmt.Num(x.Max())})",
                "MathNet's Fit.Line on the grader side", 1e-10);
            Inputs.Unchanged($"FitLine on seeded noisy data set {k}", (xs, x, "x"), (ys, y, "y"));
        }
    }

    [Test, Points(1), Task("fit-line")]
    public void FitLine_RecoversAnExactLine()
    {
        var rng = Seeded.Rng(103);
        foreach (var (m, c) in new[] { (-2.5, 4.25), (0.75, -3.0), (3.0, 0.5) })
        {
            var x = Enumerable.Range(0, 8).Select(_ => rng.Uniform(-3, 6)).ToArray();
            var y = x.Select(t => m * t + c).ToArray();
            CheckLine(Regression.FitLine(x, y), m, c, $"for points exactly on y = {Fmt.Num(m)}·x + {Fmt.Num(c)}",
                "the line the points lie on", 1e-10);
        }
    }

    [Test, Points(1), Task("fit-line")]
    public void FitLine_ResidualsSumToZeroAndAreUncorrelatedWithX()
    {
        // The two normal equations of the straight-line fit: ∂χ²/∂c = 0 ⇔ Σ rᵢ = 0 and
        // ∂χ²/∂m = 0 ⇔ Σ xᵢ·rᵢ = 0, with rᵢ = yᵢ − (m·xᵢ + c).
        var k = 0;
        foreach (var (x, y) in NoisyLines(salt: 107))
        {
            k++;
            var (m, c) = Regression.FitLine(x.ToArray(), y.ToArray());
            Check.Finite(m, $"FitLine slope on data set {k}");
            Check.Finite(c, $"FitLine intercept on data set {k}");
            double sumR = 0, sumXr = 0, scaleR = 0, scaleXr = 0;
            for (var i = 0; i < x.Length; i++)
            {
                var r = y[i] - (m * x[i] + c);
                sumR += r;
                sumXr += x[i] * r;
                scaleR += Math.Abs(y[i]);
                scaleXr += Math.Abs(x[i] * y[i]);
            }
            var (intercept, slope) = MathNet.Numerics.Fit.Line(x, y);
            var hint = Hint((m, c), slope, intercept, slopeOff: !Approx.Close(m, slope, 1e-8, 1e-12));
            Check.That(Math.Abs(sumR) <= 1e-9 * scaleR,
                $"FitLine on data set {k} (N = {x.Length}): the residuals rᵢ = yᵢ − (m·xᵢ + c) of a least-squares line sum to 0 " +
                $"(that is ∂χ²/∂c = 0), but with your (m, c) = {Fmt.Point(m, c)} they sum to {Fmt.Num(sumR)}. {hint}");
            Check.That(Math.Abs(sumXr) <= 1e-9 * scaleXr,
                $"FitLine on data set {k} (N = {x.Length}): for a least-squares line Σ xᵢ·rᵢ = 0 (that is ∂χ²/∂m = 0), " +
                $"but with your (m, c) = {Fmt.Point(m, c)} it is {Fmt.Num(sumXr)}. {hint}");
        }
    }

    private static string ChiHint(double got, double[] r, double[] sigma)
    {
        var n = r.Length;
        var chi = r.Zip(sigma, (a, s) => a / s * (a / s)).Sum();
        return Diagnose.Pick(got, chi,
            "χ² = Σᵢ ((yᵢ − model(xᵢ)) / σᵢ)²: each residual divided by its own σᵢ, squared, and summed over all points.",
            (chi / n, "Mistake [m05.chi-squared-averaged]: that is the mean, χ²/N. Fix: χ² is the sum over the points, not the average."),
            (Math.Sqrt(chi), "Mistake [m05.chi-squared-rooted]: that is √χ². Fix: do not take the square root."),
            (r.Zip(sigma, (a, s) => a * a / s).Sum(), "Mistake [m05.chi-squared-sigma-not-squared]: each squared residual was divided by σᵢ " +
                                                       "instead of σᵢ². Fix: square the whole ratio ((yᵢ − model(xᵢ)) / σᵢ)²."),
            (r.Zip(sigma, (a, s) => a * a * s * s).Sum(), "Mistake [m05.chi-squared-sigma-multiplied]: each squared residual was multiplied by " +
                                                           "σᵢ². Fix: divide by it; a point with a large error bar σᵢ must count less."),
            (r.Zip(sigma, (a, s) => a * a / (s * s * s * s)).Sum(), "Mistake [m05.chi-squared-sigma-fourth]: each residual was divided by σᵢ², " +
                                                                     "then squared (σᵢ⁴ in total). Fix: divide by σᵢ once, then square."),
            (r.Sum(a => a * a), "Mistake [m05.chi-squared-sigma-ignored]: σ is ignored. Fix: divide each residual by its σᵢ before squaring."),
            (r.Sum(Math.Abs), "Mistake [m05.chi-squared-not-squared]: that is Σ|rᵢ|. Fix: square the scaled residuals."),
            (r.Zip(sigma, (a, s) => a / s).Sum(), "Mistake [m05.chi-squared-not-squared]: the scaled residuals are summed without squaring " +
                                                   "them. Fix: square each (yᵢ − model(xᵢ)) / σᵢ, then sum."));
    }

    [Test, Points(1), Task("chi-squared")]
    public void ChiSquared_WithUnitSigmaIsTheSumOfSquaredResiduals()
    {
        var rng = Seeded.Rng(109);
        Func<double, double> model = t => 0.5 * t * t - 1.3 * t + 2;
        var x = Enumerable.Range(0, 15).Select(_ => rng.Uniform(-2, 4)).ToArray();
        var y = x.Select(t => model(t) + rng.Uniform(-1, 1)).ToArray();
        var sigma = Enumerable.Repeat(1.0, x.Length).ToArray();
        var r = x.Select((t, i) => y[i] - model(t)).ToArray();
        var expected = r.Sum(a => a * a);
        var got = Regression.ChiSquared(x, y, sigma, model);
        Approx.Equal(got, expected, "ChiSquared with σᵢ = 1 for 15 seeded points and model(x) = 0.5x² − 1.3x + 2",
            "Σ (yᵢ − model(xᵢ))²", 1e-12, 1e-14, ChiHint(got, r, sigma));
    }

    [Test, Points(1), Task("chi-squared")]
    public void ChiSquared_WeightsEachResidualByItsSigma()
    {
        var rng = Seeded.Rng(113);
        Func<double, double> model = t => Math.Exp(-t) + 0.2 * t;
        var x = Enumerable.Range(0, 12).Select(_ => rng.Uniform(0, 5)).ToArray();
        var sigma = x.Select(_ => rng.Uniform(0.2, 3)).ToArray();
        var y = x.Select((t, i) => model(t) + sigma[i] * rng.Uniform(-1.5, 1.5)).ToArray();
        var r = x.Select((t, i) => y[i] - model(t)).ToArray();
        var expected = r.Zip(sigma, (a, s) => a / s * (a / s)).Sum();
        var (xs, ys, ss) = (x.ToArray(), y.ToArray(), sigma.ToArray());
        var got = Regression.ChiSquared(xs, ys, ss, model);
        Inputs.Unchanged("ChiSquared for 12 seeded points", (xs, x, "x"), (ys, y, "y"), (ss, sigma, "sigma"));
        Approx.Equal(got, expected, "ChiSquared for 12 seeded points with error bars σᵢ between 0.2 and 3, model(x) = e^(−x) + 0.2x",
            "Σ ((yᵢ − model(xᵢ)) / σᵢ)²", 1e-12, 1e-14, ChiHint(got, r, sigma));
    }
}
