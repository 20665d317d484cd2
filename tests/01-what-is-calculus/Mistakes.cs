using Calculus.TestSupport;

namespace WhatIsCalculus.HiddenTests;

/// <summary>Feedback for the known mistakes of this module (CURRICULUM §4): each names the mistake
/// and the fix. Tests append one only when the wrong answer matches that mistake.</summary>
internal static class Mistakes
{
    public const string ForwardForCentral =
        "Mistake: forward difference where the central one was asked. (f(x+h) − f(x))/h is one-sided and only " +
        "first order (its error halves when h halves). Fix: use the symmetric (f(x+h) − f(x−h))/(2h).";

    public const string DividesByH =
        "Mistake: dividing by h instead of 2h. The points x − h and x + h are 2h apart. " +
        "Fix: (f(x+h) − f(x−h))/(2h).";

    public const string CentralForForward =
        "Mistake: central difference where the forward one was asked. " +
        "Fix: the forward difference (f(x+h) − f(x))/h.";

    public const string BackwardForForward =
        "Mistake: this is the backward difference (f(x) − f(x−h))/h. Fix: the forward difference steps to x + h: (f(x+h) − f(x))/h.";

    public const string ForwardDividesBy2H =
        "Mistake: dividing by 2h. The forward difference's two points, x and x + h, are h apart. Fix: (f(x+h) − f(x))/h.";

    public const string IgnoresGivenStep =
        "Mistake: not using the step h you are given. Fix: evaluate f at exactly x + h and x − h; do not replace h " +
        "by your own constant, round it, or convert it to an integer.";

    public const string OneSidedDerivative =
        "Mistake: a one-sided difference (one of your points is x itself), whose error h|f″|/2 is too large. " +
        "Fix: use the central difference at x ± h.";

    public static string StepTooSmall(double h) =>
        $"Mistake: h too small (you used h ≈ {Fmt.Num(h)}). f(x+h) and f(x−h) then agree in almost all their digits " +
        "and subtracting them wipes those digits out (rounding error ≈ ε|f|/h). Fix: an h near 1e-5 is a good default " +
        "for a central difference.";

    public const string StepRoundsAway =
        "Mistake: h too small: x + h rounds back to x, so f(x+h) − f(x−h) is exactly 0. " +
        "Fix: an h near 1e-5 is a good default for a central difference. (If you used double.Epsilon: in C# it is the " +
        "smallest positive double, 4.9e-324, not the machine epsilon 2.2e-16.)";

    public const string StepZero =
        "Mistake: your step became 0: f was evaluated twice at x itself, so you computed 0/0. Common causes: an " +
        "integer h (1/100000 is integer division in C# and equals 0), a rounded h, or double.Epsilon (in C# that is " +
        "the smallest positive double, 4.9e-324, so x + double.Epsilon == x). Fix: a double step near 1e-5, e.g. 1e-5.";

    public static string StepTooLarge(double h) =>
        $"Mistake: h too large (you used h ≈ {Fmt.Num(h)}): the truncation error h²|f‴|/6 dominates. " +
        "Fix: an h near 1e-5 is a good default for a central difference.";

    public const string OrderInverted =
        "Mistake: the ratio is upside down. Fix: p = log₂(e(h) / e(h/2)), with the error at the larger step on top.";

    public const string OrderNoLog =
        "Mistake: you returned the ratio e(h)/e(h/2) itself. Fix: p is its base-2 logarithm, Math.Log2(ratio).";

    public const string OrderNaturalLog =
        "Mistake: ln(ratio) is not the order. Fix: p = log₂(ratio) = ln(ratio)/ln 2 (Math.Log2).";

    public const string OrderLog10 =
        "Mistake: Math.Log10(ratio) is not the order. Fix: p = log₂(ratio) (Math.Log2).";

    public const string OrderNaN =
        "Mistake: the logarithm of a negative number or of 0/0. Fix: use the absolute errors |approximation(h) − exact| " +
        "and |approximation(h/2) − exact|.";

    public const string OrderWrongSteps =
        "Mistake: comparing the wrong steps. Fix: evaluate the approximation once at h and once at h/2.";

    public const string SigmoidOverflow =
        "Mistake: overflow. e^z is +∞ for z > 709.78, and ∞/∞ is NaN. Fix: use 1/(1 + e^(−z)) for z ≥ 0 and " +
        "e^z/(1 + e^z) for z < 0, so Math.Exp only ever sees a number ≤ 0.";

    public const string SigmoidWrongSign =
        "Mistake: wrong sign in the exponent: you computed σ(−z) = 1/(1 + e^z). Fix: σ(z) = 1/(1 + e^(−z)), " +
        "which rises from 0 to 1 (σ(2) ≈ 0.881).";

    public const string SigmoidCancellation =
        "Mistake: cancellation. Your formula subtracts nearly equal numbers for negative z (as 1 − σ(−z) or " +
        "(1 + tanh(z/2))/2 do) and loses relative accuracy in the left tail. Fix: for z < 0 use e^z/(1 + e^z).";

    public const string SigmoidPrimeOverflow =
        "Mistake: σ′ written as e^(−z)/(1 + e^(−z))² overflows: e^(−z) is +∞ for z < −709.78 (e^z for z > 709.78), " +
        "and ∞/∞ is NaN. Fix: write σ′ = σ(z)·(1 − σ(z)) with your stable Sigmoid (σ(z)·σ(−z) is even more accurate).";

    public const string SigmoidPrimeFromBrokenSigmoid =
        "Mistake: overflow inherited from Sigmoid: your Sigmoid is not finite at ±z either, and σ′ = σ(1 − σ) " +
        "inherits that. Fix: make Sigmoid stable first (1/(1 + e^(−z)) for z ≥ 0, e^z/(1 + e^z) for z < 0).";

    public const string SigmoidPrimeIsSigmoid =
        "Mistake: this is σ(z), not its derivative. Fix: σ′(z) = σ(z)·(1 − σ(z)).";

    public const string SigmoidPrimeNumerical =
        "Close, but not to 13 digits: is this a finite-difference estimate? Fix: use the closed form σ′ = σ(z)·(1 − σ(z)).";

    public const string ProductOfDerivatives =
        "Mistake: (f·g)′ is not f′·g′. Fix: the product rule is (f·g)′ = f′·g + f·g′.";

    public const string ProductMinus =
        "Mistake: a minus sign (that is the numerator of the quotient rule). Fix: the product rule adds, (f·g)′ = f′·g + f·g′.";

    public const string ProductMissingTerm =
        "Mistake: one of the two terms is missing. Fix: (f·g)′ = f′·g + f·g′.";

    public const string ChainMissingInner =
        "Mistake: chain rule without the inner derivative; the answer is off by the factor inner′(x). " +
        "Fix: (outer∘inner)′(x) = outer′(inner(x))·inner′(x).";

    public const string ChainOuterAtX =
        "Mistake: outer′ evaluated at x instead of at inner(x). Fix: (outer∘inner)′(x) = outer′(inner(x))·inner′(x).";

    public const string ChainReversed =
        "Mistake: the composition is reversed (this is the derivative of inner(outer(x))). " +
        "Fix: (outer∘inner)′(x) = outer′(inner(x))·inner′(x).";

    /// <summary>True when a value matches a suspected wrong formula closely enough to name it.</summary>
    public static bool Matches(double actual, double wrong) => Approx.Close(actual, wrong, 1e-7, 1e-12);
}
