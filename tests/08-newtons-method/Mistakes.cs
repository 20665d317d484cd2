namespace NewtonsMethod.HiddenTests;

/// <summary>The module's catalogued mistakes, in the form the grader lifts into a feedback id:
/// the word Mistake, the m08 id in brackets, what is wrong, then "Fix:" and what to do. Every id here is listed in mistakes.json.</summary>
internal static class Mistakes
{
    public const string PlusSign =
        "Mistake [m08.plus-sign]: the step was added, x + f(x)/f′(x), which moves away from the root along the tangent. " +
        "Fix: x_{k+1} = x_k − f(x_k)/f′(x_k).";

    public const string DividesByF =
        "Mistake [m08.divides-by-f]: the step is f′(x)/f(x), the derivative divided by the function. " +
        "Fix: divide the function by its derivative, x_{k+1} = x_k − f(x_k)/f′(x_k).";

    public const string ZeroDerivativeUnchecked =
        "Mistake [m08.zero-derivative-unchecked]: f′(x) = 0 was divided by, which gives ±∞ or NaN. " +
        "Fix: before dividing, test df(x) == 0 and return Status = ZeroDerivative with the current, finite x.";

    public const string NonFiniteStepTaken =
        "Mistake [m08.non-finite-step-taken]: a next point that is ±∞ or NaN was taken. " +
        "Fix: compute x_new, and if !double.IsFinite(x_new) stop with Status = Diverged and return the last finite x.";

    public const string StopsOnStepSize =
        "Mistake [m08.stops-on-step-size]: the stopping rule is not |f(x_k)| ≤ tol at the top of the loop (a small step |x_{k+1} − x_k| is not the rule). " +
        "Fix: at the top of every iteration return Converged when |f(x_k)| ≤ tol, before taking a step; a short step only means a slow iteration.";

    public const string IterationsOffByOne =
        "Mistake [m08.iterations-off-by-one]: Iterations does not count the steps taken; it must equal Iterates.Count − 1 (the points x_0 … x_k are one more than the steps). " +
        "Fix: return k, the number of steps x_j → x_{j+1} taken, and keep Iterates = x_0 … x_k.";

    public const string IgnoresGivenDerivative =
        "Mistake [m08.ignores-given-derivative]: the iteration did not use the derivative df it was given (its path is that of the exact f′, e.g. from a numerical derivative). " +
        "Fix: call df(x_k) for the slope; never differentiate f yourself.";

    public const string StepSign =
        "Mistake [m08.step-sign]: the step is +H⁻¹g, which points uphill for a positive-definite H. " +
        "Fix: the Newton step solves H·p = −g: p = H.Solve(-g).";

    public const string TransposeAsInverse =
        "Mistake [m08.transpose-as-inverse]: the step multiplies by H (or Hᵀ) instead of dividing by it; the transpose is the inverse only of an orthogonal matrix. " +
        "Fix: solve the linear system H·p = −g, e.g. p = H.Solve(-g).";

    public const string ExplicitInverse =
        "Mistake [m08.explicit-inverse]: the step goes through an explicit inverse, H.Inverse() * g, which loses digits when H is ill-conditioned. " +
        "Fix: solve H·p = −g directly (H.Solve(-g), H.LU().Solve(-g) or H.QR().Solve(-g)); never form H⁻¹.";

    public const string CholeskyForIndefinite =
        "Mistake [m08.cholesky-for-indefinite]: the pure Newton step failed for a nonsingular H that is not positive definite (Cholesky only exists for positive-definite matrices). " +
        "Fix: in NewtonStep and Minimizer.Newton solve with LU (H.Solve(-g)), which works for any nonsingular H; keep Cholesky for the definiteness test in DampedNewton.";

    public const string GradientNotReevaluated =
        "Mistake [m08.gradient-not-reevaluated]: the gradient of x0 was used again at later points. " +
        "Fix: evaluate g = grad(x_k) afresh at the top of every iteration, for the stopping test and for the step.";

    public const string HessianNotReevaluated =
        "Mistake [m08.hessian-not-reevaluated]: the Hessian of x0 was used again at later points, which makes the method only linearly convergent. " +
        "Fix: evaluate H = hess(x_k) at every iteration.";

    public const string IgnoresGivenHessian =
        "Mistake [m08.ignores-given-hessian]: the iteration did not use the Hessian function it was given (its path is that of the exact Hessian, e.g. from finite differences). " +
        "Fix: call hess(x_k) for the matrix; never differentiate yourself.";

    public const string MutatesStart =
        "Mistake [m08.mutates-start]: the caller's x0 was changed. " +
        "Fix: start from a copy, var x = x0.Clone(), and build each new point as a new vector (x + p).";

    public const string SingularHessianUnhandled =
        "Mistake [m08.singular-hessian-unhandled]: a singular Hessian ended in an exception or in NaN/∞ in X. " +
        "Fix: when the step is not finite (or the solver throws), stop with Status = StepFailed and return the last finite x.";

    public const string UphillStepAccepted =
        "Mistake [m08.uphill-step-accepted]: a step that raised f was accepted. " +
        "Fix: backtrack, α = 1, ½, ¼, …, until f(x + αp) ≤ f(x) + c·α·(∇f·p), and take x + αp only then.";

    public const string NoDefinitenessCheck =
        "Mistake [m08.no-definiteness-check]: the Newton direction was used where the Hessian is not positive definite, so the run ended at a saddle point or a maximum. " +
        "Fix: use the Newton step only when H is positive definite (H.Cholesky() succeeds, or all eigenvalues > 0); otherwise step along −∇f.";

    public const string OrderWrongLogRatio =
        "Mistake [m08.order-wrong-log-ratio]: the order is not the ratio of the logs of successive error ratios. " +
        "Fix: p = ln(e_n/e_{n−1}) / ln(e_{n−1}/e_{n−2}); ln(e_n)/ln(e_{n−1}) and the inverted ratio are not p.";

    public const string OrderUsesFirstErrors =
        "Mistake [m08.order-uses-first-errors]: the order was estimated from the first errors of the list, before the iteration settles into its asymptotic rate. " +
        "Fix: use the last three errors, e_{n−2}, e_{n−1}, e_n.";

    public const string StrictTolerance =
        "Mistake [m08.strict-tolerance]: the convergence test is strict (|f| < tol or ‖∇f‖ < gradTol), so a value exactly at the tolerance, 0 with tol = 0 included, never passes. " +
        "Fix: converge when |f(x_k)| ≤ tol (‖∇f(x_k)‖ ≤ gradTol for the minimisers), as the README's loop writes it.";

    public const string ArmijoStrictInequality =
        "Mistake [m08.armijo-strict-inequality]: the Armijo test is strict, f(x + αp) < f(x) + c·α·(g·p), so a step that meets the bound exactly is rejected. " +
        "Fix: accept α when f(x + αp) ≤ f(x) + c·α·(g·p) (≤, as the README writes it).";

    public const string ArmijoAcceptsNan =
        "Mistake [m08.armijo-accepts-nan]: the line search accepted a step to a point where f is NaN (outside f's domain). A loop " +
        "while (f(x + αp) > bound) α /= 2 stops at NaN, because every comparison with NaN is false. " +
        "Fix: write the test so that it accepts: if (fTrial <= bound) take the step; a NaN fails it and α is halved.";

    public const string TooFewHalvings =
        "Mistake [m08.too-few-halvings]: the line search gave up (or stopped accepting) before α = 2⁻⁶⁰, the last of the MaxHalvings = 60 halvings. " +
        "Fix: try α = 1, ½, ¼, …, 2⁻⁶⁰ (61 values) with the same Armijo test f(x + αp) ≤ f(x) + c·α·(g·p) for each, and report StepFailed only when all of them fail.";

    public const string TooManyHalvings =
        "Mistake [m08.too-many-halvings]: the line search went on halving α past 2⁻⁶⁰, MaxHalvings = 60 halvings, instead of reporting StepFailed. " +
        "Fix: stop after α = 2⁻⁶⁰ and return Status = StepFailed with the current x when no α passed.";
}
