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
            Approx.Equal(actual, expected, $"Sigmoid({Fmt.Num(z)})", "exact logistic function",
                rtol: 1e-13, atol: 0, hint: SigmoidHint(z, actual, expected));
        }
    }

    /// <summary>Left tail down to −709, where σ(z) ≈ e^z still has 13 digits in a double (e^−709 ≈ 1.2e-308
    /// is just below the smallest normal double, 2.2e-308, but subnormals there are 4.9e-324 apart): 13 digits
    /// (a step function or a cancelling formula returns 0 there). Beyond that, and in the right tail
    /// where σ rounds to 1, the README asks only for 1e-15.</summary>
    private static bool RelativeInTail(double z) => z is < 0 and >= -709;

    [Test, Points(2), Task("sigmoid")]
    public void Sigmoid_IsFiniteAndCorrectInTheTails()
    {
        foreach (var z in BothTails)
        {
            var actual = Logistic.Sigmoid(z);
            var expected = ExactSigmoid(z);
            Check.Finite(actual, $"Sigmoid({Fmt.Num(z)})", Mistakes.SigmoidOverflow);
            Approx.Equal(actual, expected, $"Sigmoid({Fmt.Num(z)})", "exact logistic function",
                rtol: 1e-13, atol: RelativeInTail(z) ? 0 : 1e-15, hint: SigmoidHint(z, actual, expected));
        }
    }

    /// <summary>The most specific diagnosis of a wrong σ(z): sign, single precision, then the
    /// cancelling formulas, each only when the value matches it.</summary>
    private static string? SigmoidHint(double z, double actual, double expected)
    {
        if (!double.IsFinite(actual)) return Mistakes.SigmoidOverflow;
        if (z != 0 && Approx.Close(actual, 1 - expected, 1e-9, 1e-15)) return Mistakes.SigmoidWrongSign;
        if (Mistakes.IsSingle(actual) && Approx.RelativeError(actual, expected) < 1e-6)
            return Mistakes.SinglePrecision + Mistakes.Digits(actual, expected);
        if (z < 0 && Cancels(actual, expected) && (actual != 0 || StudentSigmoidCancelsAtMinus25()))
            return Mistakes.SigmoidCancellation;
        return ZeroInTheLeftTail("Sigmoid", z, actual, expected, "for z < 0, e^z/(1 + e^z) keeps them")
               ?? (Mistakes.Digits(actual, expected) is { Length: > 0 } digits ? digits.TrimStart() : null);
    }

    /// <summary>The signature of a formula that subtracts from 1 for z &lt; 0 (1 − σ(−z), 1 − 1/(1 + e^z),
    /// (1 + tanh(z/2))/2): 1 − s is exact for s near 1, so the result is a whole multiple of 2⁻⁵⁴ (half of
    /// 1's last bit; the tanh form halves a multiple of 2⁻⁵³), which an accurate σ(z) &lt; 0.5 almost never
    /// is. A value that is both on that grid and far from the exact one cancelled.</summary>
    private static bool Cancels(double actual, double expected)
    {
        var scaled = Math.ScaleB(actual, 54);
        return actual is >= 0 and < 0.5 && scaled == Math.Floor(scaled) && !Approx.Close(actual, expected, 1e-13, 0);
    }

    /// <summary>0 is on that grid too, but so is a σ cut off or clipped to 0 beyond some |z|. At z = −25
    /// (σ ≈ 1.4e-11, far above 1's last bit) a cancelling formula returns a wrong nonzero multiple of
    /// 2⁻⁵⁴, a cut-off one 0 or the right value: only the first is named cancellation.</summary>
    private static bool StudentSigmoidCancelsAtMinus25()
    {
        try
        {
            var s = Logistic.Sigmoid(-25);
            return s != 0 && Cancels(s, ExactSigmoid(-25));
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>For feedback only, no mistake named: 0 where the left tail's value is far from 0 in a double has
    /// more than one cause (a cancelling formula, a cut-off, an underflow), so the message says what is
    /// lost and how to keep it.</summary>
    private static string? ZeroInTheLeftTail(string method, double z, double actual, double expected, string howToKeep) =>
        actual == 0 && RelativeInTail(z)
            ? $"{method}({Fmt.Num(z)}) returned 0, but the exact value {Fmt.Num(expected)} is not 0 in double precision (a double holds it to 13 digits and more): every digit is lost; {howToKeep}."
            : null;

    [Test, Points(1), Task("sigmoid-prime")]
    public void SigmoidPrime_IsAccurateOnMinus30To30()
    {
        foreach (var z in Central(502))
        {
            var actual = Logistic.SigmoidPrime(z);
            var expected = ExactSigmoidPrime(z);
            // Relative 1e-13, with an absolute floor of 1e-15 (σ′ ≤ 0.25): σ(z)·(1 − σ(z)) passes too.
            Approx.Equal(actual, expected, $"SigmoidPrime({Fmt.Num(z)})", "exact σ′ = σ(1 − σ)",
                rtol: 1e-13, atol: 1e-15, hint: SigmoidPrimeHint(z, actual, expected));
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
            // Left tail: σ′(z) ≈ e^z, and both σ(z)·σ(−z) and σ(z)·(1 − σ(z)) keep its digits (1 − σ(z) ≈ 1 there).
            // Right tail: 1 − σ(z) rounds to 0, so only 1e-15 is asked.
            var expected = ExactSigmoidPrime(z);
            Approx.Equal(actual, expected, what, "exact σ′ = σ(1 − σ)", rtol: 1e-12, atol: RelativeInTail(z) ? 0 : 1e-15,
                hint: SigmoidPrimeHint(z, actual, expected));
        }
    }

    /// <summary>σ′ written as e^(−z)/(1 + e^(−z))², evaluated as a student would.</summary>
    private static double NaiveSigmoidPrime(double z)
    {
        var e = Math.Exp(-z);
        return e / ((1 + e) * (1 + e));
    }

    private static string? SigmoidPrimeHint(double z, double actual, double expected)
    {
        if (!double.IsFinite(actual) || (!Approx.Close(NaiveSigmoidPrime(z), expected, 1e-12, 0) && actual.Equals(NaiveSigmoidPrime(z))))
            return Mistakes.SigmoidPrimeOverflow;
        if ((Mistakes.IsSingle(actual) || StudentSigmoidIsSingle(z)) && Approx.RelativeError(actual, expected) < 1e-5)
            return Mistakes.SinglePrecision + Mistakes.Digits(actual, expected);
        if (StudentSigmoidIsWrong(z) is { } wrong) return wrong;
        // In the left tail σ(z) and σ′(z) agree to many digits, so only name this where they differ.
        if (Approx.Close(actual, ExactSigmoid(z), 1e-9, 0) && !Approx.Close(ExactSigmoid(z), expected, 1e-6, 0))
            return Mistakes.SigmoidPrimeIsSigmoid;
        foreach (var h in new[] { 1e-3, 1e-4, 1e-5, 6e-6, 1e-6, 1e-7, 1e-8 })
        {
            var central = (ExactSigmoid(z + h) - ExactSigmoid(z - h)) / (2 * h);
            var forward = (ExactSigmoid(z + h) - ExactSigmoid(z)) / h;
            // Relative only: in the left tail σ′ is far below any absolute floor, and 0 would match.
            if (Approx.Close(actual, central, 1e-5, 0) || Approx.Close(actual, forward, 1e-5, 0))
                return Mistakes.SigmoidPrimeNumerical;
        }
        return ZeroInTheLeftTail("SigmoidPrime", z, actual, expected,
                   "σ(z)·(1 − σ(z)) with a stable Sigmoid keeps them (1 − σ(z) ≈ 1 there), while a formula that subtracts from 1 (1 − tanh²(z/2), 1 − σ(|z|)) or cuts σ′ off to 0 does not")
               ?? (Mistakes.Digits(actual, expected) is { Length: > 0 } digits ? digits.TrimStart() : null);
    }

    /// <summary>For feedback only: the inherited-error diagnosis when the student's own Sigmoid is
    /// wrong at z or −z (σ′ built from it cannot be right), else null.</summary>
    private static string? StudentSigmoidIsWrong(double z)
    {
        foreach (var t in new[] { z, -z })
        {
            double s;
            try
            {
                s = Logistic.Sigmoid(t);
            }
            catch (Exception)
            {
                return null;
            }
            if (double.IsFinite(s) && !Approx.Close(s, ExactSigmoid(t), 1e-13, RelativeInTail(t) ? 0 : 1e-15))
                return $"Mistake [m01.sigmoid-prime-inherits-sigmoid-error]: your Sigmoid({Fmt.Num(t)}) is {Fmt.Num(s)}, but σ({Fmt.Num(t)}) = " +
                       $"{Fmt.Num(ExactSigmoid(t))}, and σ′ built from it inherits the error. Fix: make Sigmoid pass its own tests first.";
        }
        return null;
    }

    /// <summary>For feedback only: whether the student's own Sigmoid returns a float at z (σ′ built
    /// from it is a product of floats, which need not be a float itself).</summary>
    private static bool StudentSigmoidIsSingle(double z)
    {
        try
        {
            return Mistakes.IsSingle(Logistic.Sigmoid(z));
        }
        catch (Exception)
        {
            return false;
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
