using Calculus.TestSupport;

namespace WhatIsCalculus.HiddenTests;

/// <summary>Feedback for the known mistakes of this module (CURRICULUM §4): each names the mistake
/// and the fix. Tests append one only when the wrong answer matches that mistake.</summary>
internal static class Mistakes
{
    public const string ForwardForCentral =
        "Mistake [m01.forward-for-central]: forward difference where the central one was asked. (f(x+h) − f(x))/h is one-sided and only " +
        "first order (its error halves when h halves). Fix: use the symmetric (f(x+h) − f(x−h))/(2h).";

    public const string DividesByH =
        "Mistake [m01.divides-by-h]: dividing by h instead of 2h. The points x − h and x + h are 2h apart. " +
        "Fix: (f(x+h) − f(x−h))/(2h).";

    public const string CentralForForward =
        "Mistake [m01.central-for-forward]: central difference where the forward one was asked. " +
        "Fix: the forward difference (f(x+h) − f(x))/h.";

    public const string BackwardForForward =
        "Mistake [m01.backward-for-forward]: this is the backward difference (f(x) − f(x−h))/h. Fix: the forward difference steps to x + h: (f(x+h) − f(x))/h.";

    public const string ForwardDividesBy2H =
        "Mistake [m01.forward-divides-by-2h]: dividing by 2h. The forward difference's two points, x and x + h, are h apart. Fix: (f(x+h) − f(x))/h.";

    public const string IgnoresGivenStep =
        "Mistake [m01.ignores-given-step]: not using the step h you are given. Fix: evaluate f at exactly x + h and x − h; do not replace h " +
        "by your own constant, round it, or convert it to an integer.";

    public const string OneSidedDerivative =
        "Mistake [m01.one-sided-derivative]: a one-sided difference (one of your points is x itself), whose error h|f″|/2 is too large. " +
        "Fix: use the central difference at x ± h.";

    public static string StepTooSmall(double h) =>
        $"Mistake [m01.step-too-small]: h too small (you used h ≈ {Fmt.Num(h)}). f(x+h) and f(x−h) then agree in almost all their digits " +
        "and subtracting them wipes those digits out (rounding error ≈ ε|f|/h). Fix: an h near 1e-5 is a good default " +
        "for a central difference.";

    public const string StepRoundsAway =
        "Mistake [m01.step-rounds-away]: h too small: x + h rounds back to x, so f(x+h) − f(x−h) is exactly 0 (and so is " +
        "(x+h) − (x−h), if you divide by it). " +
        "Fix: an h near 1e-5 is a good default for a central difference. (If you used double.Epsilon: in C# it is the " +
        "smallest positive double, 4.9e-324, not the machine epsilon 2.2e-16.)";

    public const string StepZero =
        "Mistake [m01.step-zero]: your step is exactly 0 at every x: f was evaluated twice at x itself, so you computed 0/0. " +
        "In C# 1/100000 is integer division and equals 0, and Math.Round of a small step is 0 too. Fix: a double step near 1e-5, " +
        "e.g. const double h = 1e-5;.";

    public const string DoubleEpsilonStep =
        "Mistake [m01.double-epsilon-step]: your step is double.Epsilon. In C# that is the smallest positive double, 4.9e-324, " +
        "not the machine epsilon 2.2e-16, so x + double.Epsilon == x for every x that is not itself tiny, and you computed 0/0. " +
        "Fix: a step near 1e-5 (the machine epsilon is Math.Pow(2, -52); ∛ε ≈ 6e-6 is the best central step).";

    public const string RelativeStepAtZero =
        "Mistake [m01.relative-step-at-zero]: your step is proportional to |x|, so at x = 0 it is 0 and you computed 0/0. " +
        "Fix: scale the step by max(1, |x|), e.g. h = 1e-5·Math.Max(1, Math.Abs(x)), or use a fixed h = 1e-5.";

    public static string StepTooLarge(double h) =>
        $"Mistake [m01.step-too-large]: h too large (you used h ≈ {Fmt.Num(h)}): the truncation error h²|f‴|/6 dominates. " +
        "Fix: an h near 1e-5 is a good default for a central difference.";

    public const string OrderInverted =
        "Mistake [m01.order-inverted]: the ratio is upside down. Fix: p = log₂(e(h) / e(h/2)), with the error at the larger step on top.";

    public const string OrderNoLog =
        "Mistake [m01.order-no-log]: you returned the ratio e(h)/e(h/2) itself. Fix: p is its base-2 logarithm, Math.Log2(ratio).";

    public const string OrderNaturalLog =
        "Mistake [m01.order-natural-log]: ln(ratio) is not the order. Fix: p = log₂(ratio) = ln(ratio)/ln 2 (Math.Log2).";

    public const string OrderLog10 =
        "Mistake [m01.order-log10]: Math.Log10(ratio) is not the order. Fix: p = log₂(ratio) (Math.Log2).";

    public const string OrderNaN =
        "Mistake [m01.order-nan]: the logarithm of a negative number or of 0/0. Fix: use the absolute errors |approximation(h) − exact| " +
        "and |approximation(h/2) − exact|.";

    public const string OrderWrongSteps =
        "Mistake [m01.order-wrong-steps]: comparing the wrong steps. Fix: evaluate the approximation once at h and once at h/2.";

    public const string SigmoidOverflow =
        "Mistake [m01.sigmoid-overflow]: overflow. e^z is +∞ for z > 709.78, and ∞/∞ is NaN. Fix: use 1/(1 + e^(−z)) for z ≥ 0 and " +
        "e^z/(1 + e^z) for z < 0, so Math.Exp only ever sees a number ≤ 0.";

    public const string SigmoidWrongSign =
        "Mistake [m01.sigmoid-wrong-sign]: wrong sign in the exponent: you computed σ(−z) = 1/(1 + e^z). Fix: σ(z) = 1/(1 + e^(−z)), " +
        "which rises from 0 to 1 (σ(2) ≈ 0.881).";

    public const string SigmoidCancellation =
        "Mistake [m01.sigmoid-cancellation]: cancellation. Your formula subtracts nearly equal numbers for negative z (as 1 − σ(−z) or " +
        "(1 + tanh(z/2))/2 do) and loses relative accuracy in the left tail. Fix: for z < 0 use e^z/(1 + e^z).";

    public const string SigmoidPrimeOverflow =
        "Mistake [m01.sigmoid-prime-overflow]: σ′ written as e^(−z)/(1 + e^(−z))² overflows: e^(−z) is +∞ for z < −709.78 (e^z for z > 709.78), " +
        "and ∞/∞ is NaN. Fix: write σ′ = σ(z)·(1 − σ(z)) with your stable Sigmoid (σ(z)·σ(−z) is even more accurate).";

    public const string SigmoidPrimeFromBrokenSigmoid =
        "Mistake [m01.sigmoid-prime-from-broken-sigmoid]: overflow inherited from Sigmoid: your Sigmoid is not finite at ±z either, and σ′ = σ(1 − σ) " +
        "inherits that. Fix: make Sigmoid stable first (1/(1 + e^(−z)) for z ≥ 0, e^z/(1 + e^z) for z < 0).";

    public const string SigmoidPrimeIsSigmoid =
        "Mistake [m01.sigmoid-prime-is-sigmoid]: this is σ(z), not its derivative. Fix: σ′(z) = σ(z)·(1 − σ(z)).";

    public const string SigmoidPrimeNumerical =
        "Mistake [m01.sigmoid-prime-numerical]: this is a finite-difference estimate of σ′ (it matches (σ(z+h) − σ(z−h))/2h), " +
        "which keeps only about 10 of the 13 digits asked for. Fix: use the closed form σ′ = σ(z)·(1 − σ(z)).";

    public const string SinglePrecision =
        "Mistake [m01.single-precision]: your result is a float (single precision, about 7 digits): every digit past the 7th is " +
        "lost. Fix: compute in double throughout: Math.Exp rather than MathF.Exp, no (float) casts, no float variables or 'f' literals.";

    public const string ProductIgnoresGiven =
        "Mistake [m01.product-rule-ignores-given-derivatives]: the rule does not use the derivatives it is given: it returned the " +
        "true derivative of f·g where df and dg were deliberately different functions (so it differentiates f and g itself). " +
        "Fix: return x => df(x)·g(x) + f(x)·dg(x), calling the df and dg passed in.";

    public const string ChainIgnoresGiven =
        "Mistake [m01.chain-rule-ignores-given-derivatives]: the rule does not use the derivatives it is given: it returned the " +
        "true derivative of outer∘inner where dOuter and dInner were deliberately different functions (so it differentiates " +
        "numerically itself). Fix: return x => dOuter(inner(x))·dInner(x), calling the dOuter and dInner passed in.";

    public const string ProductOfDerivatives =
        "Mistake [m01.product-of-derivatives]: (f·g)′ is not f′·g′. Fix: the product rule is (f·g)′ = f′·g + f·g′.";

    public const string ProductMinus =
        "Mistake [m01.product-minus]: a minus sign (that is the numerator of the quotient rule). Fix: the product rule adds, (f·g)′ = f′·g + f·g′.";

    public const string ProductMissingTerm =
        "Mistake [m01.product-missing-term]: one of the two terms is missing. Fix: (f·g)′ = f′·g + f·g′.";

    public const string ChainMissingInner =
        "Mistake [m01.chain-missing-inner]: chain rule without the inner derivative; the answer is off by the factor inner′(x). " +
        "Fix: (outer∘inner)′(x) = outer′(inner(x))·inner′(x).";

    public const string ChainOuterAtX =
        "Mistake [m01.chain-outer-at-x]: outer′ evaluated at x instead of at inner(x). Fix: (outer∘inner)′(x) = outer′(inner(x))·inner′(x).";

    public const string ChainReversed =
        "Mistake [m01.chain-reversed]: the composition is reversed (this is the derivative of inner(outer(x))). " +
        "Fix: (outer∘inner)′(x) = outer′(inner(x))·inner′(x).";

    /// <summary>True when a double is exactly a float: a double computation almost never lands on
    /// one (except at simple values such as 0, 0.5, 1), a single-precision one always does.</summary>
    public static bool IsSingle(double v) => double.IsFinite(v) && (double)(float)v == v && v != Math.Round(v * 4) / 4;

    /// <summary>All 17 significant digits, for values that agree in the 6 digits Fmt.Num shows.</summary>
    public static string Exact(double v) => v.ToString("G17", System.Globalization.CultureInfo.InvariantCulture).Replace('-', '−');

    /// <summary>" (all digits: expected …, got …)" when the two values print alike with 6 digits,
    /// so the message never shows two identical numbers as a failure.</summary>
    public static string Digits(double actual, double expected) =>
        Fmt.Num(actual) == Fmt.Num(expected) && !actual.Equals(expected)
            ? $" All digits: expected {Exact(expected)}, got {Exact(actual)}."
            : "";

    /// <summary>True when a value matches a suspected wrong formula closely enough to name it.</summary>
    public static bool Matches(double actual, double wrong) => Approx.Close(actual, wrong, 1e-7, 1e-12);
}
