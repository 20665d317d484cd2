using Calculus.TestSupport;
using NUnit.Framework;

namespace WhatIsCalculus.HiddenTests;

[TestFixture]
public class LogisticTests
{
    private static readonly double[] Tails = [40, 100, 500, 709, 710, 745, 800, 1000, 1e6];

    /// <summary>z in [−30, 30]: a few landmarks plus seeded points.</summary>
    private static IEnumerable<double> Central(int salt) =>
        new double[] { 0, 1, -1, 2, -2, 10, -10, 30, -30 }.Concat(Seeded.Uniform(60, -30, 30, salt));

    private static IEnumerable<double> BothTails => Tails.Concat(Tails.Select(t => -t));

    // Exact σ and σ′ to a few ulps: exp only ever sees −|z|.
    private static double ExactSigmoid(double z)
    {
        var e = Math.Exp(-Math.Abs(z));
        return z >= 0 ? 1 / (1 + e) : e / (1 + e);
    }

    private static double ExactSigmoidPrime(double z)
    {
        var e = Math.Exp(-Math.Abs(z));
        return e / ((1 + e) * (1 + e));
    }

    [Test, Points(1), Task("sigmoid")]
    public void Sigmoid_IsAccurateToThirteenDigitsOnMinus30To30()
    {
        foreach (var z in Central(501))
        {
            var actual = Logistic.Sigmoid(z);
            var expected = ExactSigmoid(z);
            string? hint = null;
            if (!double.IsFinite(actual)) hint = Mistakes.SigmoidOverflow;
            else if (z != 0 && Approx.Close(actual, 1 - expected, 1e-9, 1e-15)) hint = Mistakes.SigmoidWrongSign;
            else if (z < 0 && Approx.RelativeError(actual, expected) < 1e-2) hint = Mistakes.SigmoidCancellation;
            Approx.Equal(actual, expected, $"Sigmoid({Fmt.Num(z)})", "exact logistic function",
                rtol: 1e-13, atol: 0, hint: hint);
        }
    }

    [Test, Points(2), Task("sigmoid")]
    public void Sigmoid_IsFiniteAndCorrectInTheTails()
    {
        foreach (var z in BothTails)
        {
            var actual = Logistic.Sigmoid(z);
            var expected = ExactSigmoid(z);
            Check.Finite(actual, $"Sigmoid({Fmt.Num(z)})", Mistakes.SigmoidOverflow);
            var hint = Approx.Close(actual, 1 - expected, 1e-9, 1e-15) ? Mistakes.SigmoidWrongSign : null;
            Approx.Equal(actual, expected, $"Sigmoid({Fmt.Num(z)})", "exact logistic function",
                rtol: 1e-13, atol: 1e-15, hint: hint);
        }
    }

    [Test, Points(1), Task("sigmoid-prime")]
    public void SigmoidPrime_IsAccurateOnMinus30To30()
    {
        foreach (var z in Central(502))
        {
            var actual = Logistic.SigmoidPrime(z);
            var expected = ExactSigmoidPrime(z);
            string? hint = null;
            if (!double.IsFinite(actual)) hint = Mistakes.SigmoidPrimeOverflow;
            else if (Approx.Close(actual, ExactSigmoid(z), 1e-9, 1e-15)) hint = Mistakes.SigmoidPrimeIsSigmoid;
            else if (Approx.RelativeError(actual, expected) < 1e-4) hint = Mistakes.SigmoidPrimeNumerical;
            // Relative 1e-13, with an absolute floor of 1e-15 (σ′ ≤ 0.25): σ(z)·(1 − σ(z)) passes too.
            Approx.Equal(actual, expected, $"SigmoidPrime({Fmt.Num(z)})", "exact σ′ = σ(1 − σ)",
                rtol: 1e-13, atol: 1e-15, hint: hint);
        }
    }

    [Test, Points(2), Task("sigmoid-prime")]
    public void SigmoidPrime_IsFiniteAndCorrectInTheTails()
    {
        foreach (var z in BothTails)
        {
            var actual = Logistic.SigmoidPrime(z);
            var what = $"SigmoidPrime({Fmt.Num(z)})";
            if (!double.IsFinite(actual))
                Check.Finite(actual, what,
                    StudentSigmoidIsFinite(z) ? Mistakes.SigmoidPrimeOverflow : Mistakes.SigmoidPrimeFromBrokenSigmoid);
            Check.That(actual >= 0, $"{what}: expected a number ≥ 0 (σ is increasing), got {Fmt.Num(actual)}.");
            Approx.Equal(actual, ExactSigmoidPrime(z), what, "exact σ′ = σ(1 − σ)", rtol: 1e-12, atol: 1e-15);
        }
    }

    /// <summary>For feedback only: whether the student's own Sigmoid is finite at z (false if it throws).</summary>
    private static bool StudentSigmoidIsFinite(double z)
    {
        try
        {
            return double.IsFinite(Logistic.Sigmoid(z)) && double.IsFinite(Logistic.Sigmoid(-z));
        }
        catch (Exception)
        {
            return true;
        }
    }
}
