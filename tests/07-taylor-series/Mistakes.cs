namespace TaylorSeries.HiddenTests;

/// <summary>The catalogued mistakes of this module. Each text starts with the word Mistake and its m07 id in brackets so the
/// grader can count a class's mistakes by id (tests/07-taylor-series/mistakes.json lists them), and
/// ends with the fix. A test appends one only when the wrong answer is reproduced by that mistake.</summary>
internal static class Mistakes
{
    public const string KInsteadOfFactorial =
        "Mistake [m07.k-instead-of-factorial]: the term (x − x0)ᵏ is divided by k instead of k!, so every term from k = 3 " +
        "on is too large (3 instead of 6, 4 instead of 24, …). Fix: divide by k! = 1·2·…·k, or build the term as a " +
        "running product term *= (x − x0)/k.";

    public const string KMinusOneFactorial =
        "Mistake [m07.k-minus-one-factorial]: the term (x − x0)ᵏ is divided by (k − 1)! instead of k! (a factorial loop " +
        "that stops one factor short, or starts at the wrong index). Fix: the coefficient of (x − x0)ᵏ is f⁽ᵏ⁾(x0)/k!, " +
        "with 0! = 1! = 1, 2! = 2, 3! = 6.";

    public const string XInsteadOfOffset =
        "Mistake [m07.x-instead-of-offset]: the powers are taken of x instead of the offset (x − x0), so the model " +
        "does not even equal f at x0 (its error does not shrink as x → x0). Fix: with h = x − x0, use hᵏ in a Taylor " +
        "polynomial, J·h in a linearisation and ∇f·h + ½hᵀHh in a quadratic model.";

    public const string OffsetSignFlipped =
        "Mistake [m07.offset-sign-flipped]: the offset is x0 − x instead of x − x0, so every odd power has the wrong sign " +
        "(your polynomial is the Taylor polynomial reflected about x0) and even T₁'s error falls only like h. " +
        "Fix: h = x - x0, the step from x0 to x.";

    public const string OrderOffByOne =
        "Mistake [m07.order-off-by-one]: order n means the terms k = 0, 1, …, n, which is n + 1 terms (T₃ ends with the " +
        "(x − x0)³ term). Your polynomial has one term too few or too many, so its error falls like the wrong power of h. " +
        "Fix: loop k from 0 to n inclusive (for (var k = 0; k <= order; k++)), or over all derivatives.Length entries.";

    public const string FactorialOverflow =
        "Mistake [m07.factorial-overflow]: the factorial overflows: 13! does not fit in an int and 21! not in a long, " +
        "and C# wraps around silently, so the high-order terms come out wrong. Fix: compute k! in a double, or better " +
        "build the term (x − x0)ᵏ/k! as a running product term *= (x − x0)/k, which never forms k! at all.";

    public const string MutatesInput =
        "Mistake [m07.mutates-input]: your method changed the caller's array. The caller still needs it (the same " +
        "derivatives are reused for another x, the same measurements for another fit). Fix: read the input and keep " +
        "your working values in a new array or local variables (copy first, e.g. with .ToArray(), if you must sort or scale).";

    public const string JacobianTransposed =
        "Mistake [m07.jacobian-transposed]: you multiplied by the transpose of the Jacobian. J is m×n (one row per output " +
        "Fᵢ, one column per input xⱼ), and the change in F is J·h with h = x − x0 of length n. Fix: J * (x - x0); " +
        "not J.Transpose() * h or h * J (a row vector times J is hᵀJ = (Jᵀh)ᵀ).";

    public const string DerivativesNotUsed =
        "Mistake [m07.derivatives-not-used]: your model does not use the derivatives it was given: it matches the " +
        "function's true derivatives, so you computed your own (by finite differences or by hand). The caller's Jacobian, " +
        "gradient or Hessian may be an approximation, or may be all that is known. Fix: call the given function once, at x0, " +
        "and build the model from what it returns.";

    public const string QuadraticMissingHalf =
        "Mistake [m07.quadratic-missing-half]: the second-order term is hᵀHh without the ½, so the quadratic model's " +
        "curvature is twice too large and its error falls like ‖h‖², not ‖h‖³. Fix: q(x) = f(x0) + ∇f·h + ½·hᵀHh " +
        "(the ½ is the 1/2! of the Taylor series).";

    public const string QuadraticCrossTerms =
        "Mistake [m07.quadratic-cross-terms]: the mixed second-order terms are wrong. In two dimensions ½hᵀHh = " +
        "½(f_xx·h₁² + 2·f_xy·h₁h₂ + f_yy·h₂²): the mixed partial appears twice (H has it above and below the diagonal). " +
        "Fix: compute ½·h·(H·h) with the whole matrix, or include 2·f_xy·h₁h₂ when you write it out.";

    public const string ModelAliasesX0 =
        "Mistake [m07.model-aliases-x0]: your model keeps a reference to the caller's vector x0 and reads it every time it " +
        "is evaluated, so when the caller later changes that vector (an optimiser moving to its next point), your model " +
        "moves with it. Fix: keep a copy, var at = x0.Clone(), when the model is built (and copy F(x0), J(x0) too).";

    public const string ModelReevaluates =
        "Mistake [m07.model-reevaluates]: the returned model calls the function or its derivatives again each time it is " +
        "evaluated. A local model is meant to be cheap: its whole point is to stand in for an expensive function near x0. " +
        "Fix: call them once, at x0, before returning the lambda, and keep the values.";

    public const string SinDerivativeCycle =
        "Mistake [m07.sin-derivative-cycle]: the derivatives of sin at x0 are wrong. They repeat with period 4: " +
        "sin x0, cos x0, −sin x0, −cos x0, sin x0, … (sin⁽ᵏ⁾(x0) = sin(x0 + kπ/2)). The Maclaurin pattern 0, 1, 0, −1 " +
        "holds only at x0 = 0. Fix: use the cycle of four, with both minus signs.";

    public const string Log1pDerivatives =
        "Mistake [m07.log1p-derivatives]: the derivatives of ln(1 + x) at x0 are wrong. For k ≥ 1, " +
        "f⁽ᵏ⁾(x0) = (−1)ᵏ⁺¹·(k − 1)!/(1 + x0)ᵏ, so the coefficient f⁽ᵏ⁾(x0)/k! is (−1)ᵏ⁺¹/(k·(1 + x0)ᵏ): alternating " +
        "in sign, divided by k (not k!), and by (1 + x0)ᵏ. Fix: check those three parts against the README.";

    public const string OrderRatioInverted =
        "Mistake [m07.order-ratio-inverted]: the ratio is upside down, so a shrinking error gives a negative order. " +
        "Fix: p = log₂(|e(h)| / |e(h/2)|), with the error at the larger step on top.";

    public const string OrderWrongLog =
        "Mistake [m07.order-wrong-log]: the ratio is right but the logarithm is not base 2 (or is missing). Halving h " +
        "multiplies an O(hᵖ) error by 2⁻ᵖ, so p = log₂(ratio). Fix: Math.Log2(ratio), or Math.Log(ratio) / Math.Log(2).";

    public const string OrderSignedErrors =
        "Mistake [m07.order-signed-errors]: the errors were used with their signs, and the logarithm of a negative " +
        "number is NaN. An error can be negative (the approximation below the true value), or change sign between steps. " +
        "Fix: take the absolute values, Math.Abs(e), before dividing or taking logarithms.";

    public const string FitAxesSwapped =
        "Mistake [m07.fit-axes-swapped]: you fitted log h against log|e| (the axes swapped), which gives 1/p for exact data " +
        "and something else again for noisy data. Fix: the slope of log|e| (the y values) against log h (the x values): " +
        "p = Σ(uᵢ − ū)(vᵢ − v̄) / Σ(uᵢ − ū)² with u = log h, v = log|e|.";

    public const string FitWithoutIntercept =
        "Mistake [m07.fit-without-intercept]: the line was forced through the origin (p = Σuᵢvᵢ / Σuᵢ²), but log|e| ≈ log C + " +
        "p·log h has an intercept log C. Fix: subtract the means first: p = Σ(uᵢ − ū)(vᵢ − v̄) / Σ(uᵢ − ū)².";

    public const string FitEndpointsOnly =
        "Mistake [m07.fit-endpoints-only]: you took the slope through the first and last points only, which ignores every " +
        "point in between (and depends on their order). Fix: the least-squares slope through all the points.";
}
