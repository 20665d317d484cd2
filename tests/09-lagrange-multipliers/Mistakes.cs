using Calculus.TestSupport;

namespace LagrangeMultipliers.HiddenTests;

/// <summary>Feedback for the module's catalogued mistakes (mistakes.json lists the same ids). A
/// test appends one only when the wrong answer matches that mistake; the grader lifts the id out
/// that follows the word Mistake (in brackets) into the test's feedback_id.</summary>
internal static class Mistakes
{
    public const string LambdaSign =
        "Mistake [m09.lambda-sign]: λ has the opposite sign: that is L = f + λg (∇f + λ∇g). Fix: this module's convention is " +
        "L = f − λg, so ∇ₓL = ∇f − λ∇g, the Hessian block is ∇²f − λ∇²g, and at a solution λ = ∇f·∇g/‖∇g‖².";

    public const string DlDlambdaSign =
        "Mistake [m09.dl-dlambda-sign]: ∂L/∂λ written as +g(x). Fix: L = f − λg, so ∂L/∂λ = −g(x): the last entry of ∇L is " +
        "−g(x), and the border of its Hessian (last row and column) is −∇g(x).";

    public const string ConstraintRowMissing =
        "Mistake [m09.constraint-row-missing]: the constraint g(x) = 0 is not part of your system. Fix: there are n + 1 unknowns " +
        "(x and λ) and n + 1 equations: ∇f − λ∇g = 0 AND g = 0. ∇L has length n + 1 with −g(x) last, its Hessian is (n+1)×(n+1) " +
        "with the border −∇g, and each Newton step updates x and λ together.";

    public const string HessianMissingLambdaTerm =
        "Mistake [m09.hessian-missing-lambda-term]: the top-left block of the Hessian is ∇²f alone. Fix: differentiate ∇f − λ∇g " +
        "with respect to x: the block is ∇²f(x) − λ∇²g(x). Without the λ∇²g term Newton's steps are wrong and it converges " +
        "slowly (linearly) or not at all.";

    public const string NotFiniteOnSingular =
        "Mistake [m09.newton-not-finite-on-singular]: a singular Newton system left NaN or ∞ in the result (or an exception " +
        "escaped). Fix: after solving H·s = −∇L, check the new point with double.IsFinite (and catch the ArgumentException a " +
        "factorisation may throw); if it fails, stop with Converged = false and return the last point that was finite.";

    public const string DuplicatePoints =
        "Mistake [m09.duplicate-points]: the same stationary point is in your list more than once (several starts lead to it). " +
        "Fix: before keeping a converged result, compare its x with every point kept so far and skip it when one is within " +
        "SameTolerance (1e-6).";

    public const string UnconvergedKept =
        "Mistake [m09.unconverged-kept]: a run that did not converge is in your list; its point is not a stationary point. " +
        "Fix: keep a result only when its Converged flag is true.";

    public const string MaxMinSwapped =
        "Mistake [m09.max-min-swapped]: maxima and minima are swapped. Fix: where ∇²f − λ∇²g is positive definite on the tangent " +
        "space {d : ∇g·d = 0}, f curves UP along the surface: a minimum; negative definite: a maximum. For n = 2 the bordered " +
        "determinant det[[0, ∇gᵀ], [∇g, ∇²f − λ∇²g]] is negative at a minimum and positive at a maximum.";

    public const string ClassifyWithoutLambdaTerm =
        "Mistake [m09.classify-without-lambda-term]: you judged the point by ∇²f alone. Fix: the curvature of the constraint " +
        "counts too: use the Hessian of the Lagrangian, ∇²f − λ∇²g (here ∇²f = 0 and only −λ∇²g decides).";

    public const string ClassifyNotProjected =
        "Mistake [m09.classify-not-projected]: you tested ∇²f − λ∇²g in every direction, but the point may only move along the " +
        "surface g = 0. Fix: test it only on the tangent space {d : ∇g·d = 0}: the definiteness of Zᵀ(∇²f − λ∇²g)Z for an " +
        "orthonormal basis Z of that space, or the signs of the bordered Hessian's last n − 1 leading principal minors.";

    public static string PcaNotNormalised(double norm) =>
        $"Mistake [m09.pca-not-normalised]: w has length ‖w‖ = {Fmt.Num(norm)}, but the constraint is ‖w‖ = 1. Fix: divide w by " +
        "its norm after the last step too (for power iteration: return Σw/‖Σw‖ or the normalised w, never Σw itself).";

    public const string PcaSmallestDirection =
        "Mistake [m09.pca-smallest-direction]: that is the direction of the SMALLEST eigenvalue, which minimises wᵀΣw. Fix: PCA's " +
        "first direction maximises the variance wᵀΣw: the eigenvector of the largest eigenvalue. Power iteration w ← Σw/‖Σw‖ " +
        "finds it (iterating with Σ⁻¹, or taking the smallest λ, finds the other end).";

    public const string PcaStuckOnAxis =
        "Mistake [m09.pca-stuck-on-axis]: your iteration started on a coordinate axis, and for axis-aligned data (a diagonal Σ) " +
        "that axis is already an eigenvector, so w never moved and you returned a smaller eigenvalue. Fix: start from a vector " +
        "that no structure in Σ makes an eigenvector, e.g. a fixed pseudo-random unit vector (var rng = new Random(1); entries " +
        "rng.NextDouble(), then divide by the norm). Not (1, 1, …, 1)/√n either: it is an eigenvector whenever Σ's rows have equal sums.";

    public const string PcaStartEigenvector =
        "Mistake [m09.pca-start-eigenvector]: your iteration started on (1, 1, …, 1)/√n, which is an eigenvector of Σ whenever every " +
        "row of Σ has the same sum s (Σ·1 = s·1), here not of the largest eigenvalue: Σw = λw held at once, w never moved and you " +
        "returned λ = s. Fix: start from a vector that no structure in Σ makes an eigenvector, e.g. a fixed pseudo-random unit " +
        "vector (var rng = new Random(1); entries rng.NextDouble(), then divide by the norm).";

    public const string PcaMutatesCovariance =
        "Mistake [m09.pca-mutates-covariance]: Σ is not the same after your call. Fix: never write into the covariance matrix " +
        "(no in-place Multiply/Add/Divide with Σ as the result, no Σ[i, j] = …): work on covariance.Clone() or with " +
        "operations that return new matrices.";

    public const string PcaLambdaNotVariance =
        "Mistake [m09.pca-lambda-not-variance]: Lambda is not the variance wᵀΣw along your w. Fix: with ‖w‖ = 1, λ = wᵀΣw " +
        "(then Σw = λw); not ‖Σw‖ of an unnormalised w, and not 2λ from ∇(wᵀΣw) = 2Σw.";

    public const string StrictTolerance =
        "Mistake [m09.strict-tolerance]: the convergence test is strict (‖∇L‖ < tol or ‖Σw − λw‖ < tol), so a residual exactly at the tolerance, 0 with tol = 0 included, never passes. " +
        "Fix: converge when the residual is ≤ tol, as the README's loop writes it.";

    public const string PcaIgnoresMaxIter =
        "Mistake [m09.pca-ignores-max-iter]: the power iteration did not stop after maxIter steps (or said Converged without ‖Σw − λw‖ ≤ tol). " +
        "Fix: return Converged = false with Iterations = maxIter, and the current unit w with λ = wᵀΣw, once maxIter steps are taken without meeting the tolerance.";
}
