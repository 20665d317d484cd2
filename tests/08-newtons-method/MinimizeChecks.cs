using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod.HiddenTests;

/// <summary>Shared checks on a <see cref="MinimizeResult"/>.</summary>
internal static class MinimizeChecks
{
    public const string NoThrow = "Every outcome (converged, too many steps, no usable step) is reported in the MinimizeResult: never throw.";

    /// <summary>X finite and of length n, Iterates x_0 … x_k as separate vectors from x0 to X,
    /// counts consistent, x0 itself unchanged.</summary>
    public static void WellFormed(MinimizeResult? r, Vector<double> x0, double[] x0Before, string what)
    {
        Check.That(x0.ToArray().SequenceEqual(x0Before),
            $"{what} changed the caller's x0 from {Fmt.Point(x0Before)} to {Fmt.Point(x0)}. " + Mistakes.MutatesStart);
        Check.That(r is not null, $"{what} returned null; return a new MinimizeResult(X, Iterations, Converged, Status, Iterates).");
        var n = x0Before.Length;
        var x = r!.X;
        Check.That(x is not null && x.Count == n,
            $"{what} returned X = {(x is null ? "null" : $"a vector of length {x.Count}")}; expected a vector of length {n}.");
        Check.That(x!.All(double.IsFinite),
            $"{what} returned X = {Fmt.Point(x!)} with Status = {r.Status}; X must always be finite. " + Mistakes.SingularHessianUnhandled);
        var iterates = r.Iterates;
        Check.That(iterates is not null && iterates.Count > 0 && iterates.All(v => v is not null && v.Count == n),
            $"{what} returned Iterates = {(iterates is null ? "null" : iterates.Count == 0 ? "an empty list" : "a list with a null vector or one of the wrong length")}; " +
            "it must hold x_0, x_1, …, x_k.");
        Check.That(iterates!.Count == r.Iterations + 1,
            $"{what} returned Iterations = {r.Iterations} with {iterates.Count} vectors in Iterates. " + Mistakes.IterationsOffByOne);
        Check.That(iterates[0].ToArray().SequenceEqual(x0Before),
            $"{what}: Iterates[0] = {Fmt.Point(iterates[0])}, but it must be the start x0 = {Fmt.Point(x0Before)}" +
            (iterates.Count > 1 && ReferenceEquals(iterates[0], iterates[^1])
                ? ": every entry of Iterates is the same vector object, changed in place. Add a new vector for every point (x = x + p creates one)."
                : "."));
        Check.That(iterates[^1].ToArray().SequenceEqual(x!.ToArray()),
            $"{what}: the last vector in Iterates is {Fmt.Point(iterates[^1])} but X = {Fmt.Point(x!)}; X is the last point taken.");
        Check.That(r.Converged == (r.Status == MinimizeStatus.Converged),
            $"{what} returned Converged = {r.Converged} with Status = {r.Status}; Converged is true exactly when Status is Converged.");
    }

    /// <summary>Compares the path with the expected one, naming a stale gradient, a stale Hessian or
    /// an ignored Hessian when the submission's path is theirs.</summary>
    public static void SamePath(MinimizeResult r, MinimizeResult expected, string what, params (MinimizeResult Path, string Mistake)[] variants)
    {
        var shared = Math.Min(r.Iterates.Count, expected.Iterates.Count);
        for (var k = 1; k < shared; k++)
        {
            var got = r.Iterates[k];
            var want = expected.Iterates[k];
            if ((got - want).L2Norm() <= 1e-8 * (1 + want.L2Norm())) continue;
            var hint = variants
                .Where(v => v.Path.Iterates.Count > k && (v.Path.Iterates[k] - want).L2Norm() > 1e-6 * (1 + want.L2Norm())
                            && (got - v.Path.Iterates[k]).L2Norm() <= 1e-6 * (1 + got.L2Norm()))
                .Select(v => v.Mistake).FirstOrDefault()
                ?? "Each step is x_{k+1} = x_k + p_k with H(x_k)·p_k = −∇f(x_k), both evaluated at the current point.";
            Approx.Equal(got, want, $"{what}: x_{k} (Iterates[{k}])", "pure Newton with the given gradient and Hessian", rtol: 1e-8, atol: 1e-8, hint: hint);
        }
        Check.That(r.Status == expected.Status && r.Iterations == expected.Iterations,
            $"{what} returned Status = {r.Status} after {r.Iterations} steps; expected {expected.Status} after {expected.Iterations} steps.");
    }

    /// <summary>A run started at an exact minimum (∇f(x0) = 0 in floating point) with gradTol = 0
    /// must stop at once: ‖∇f(x0)‖ = 0 ≤ 0. A strict &lt; never stops there, since the steps are 0.</summary>
    public static void StopsAtOnce(MinimizeResult r, Vector<double> x0, double[] x0Before, string what)
    {
        WellFormed(r, x0, x0Before, what);
        Check.That(r.Converged && r.Iterations == 0,
            $"{what} returned Status = {r.Status} after {r.Iterations} steps; expected Converged after 0 steps with X = x0: ‖∇f(x0)‖ = 0 ≤ gradTol = 0. " +
            (r.Status == MinimizeStatus.MaxIterations ? Mistakes.StrictTolerance : "Test ‖∇f(x_k)‖ ≤ gradTol at the top of the loop, before any step."));
    }
}
