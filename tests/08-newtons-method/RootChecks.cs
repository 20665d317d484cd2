using Calculus.TestSupport;

namespace NewtonsMethod.HiddenTests;

/// <summary>Shared checks on a <see cref="RootResult"/> and the diagnosis of a wrong first step.</summary>
internal static class RootChecks
{
    public const string NoThrow = "Every outcome (converged, f′ = 0, too many steps, a step to ∞) is reported in the RootResult: never throw.";

    public static RootResult Call(Func<double, double> f, Func<double, double> df, double x0, double tol, int maxIter, string what) =>
        Guard.Call(() => RootFinder.NewtonRaphson(f, df, x0, tol, maxIter), what, NoThrow);

    /// <summary>Root finite, Iterates present, starting at x0 and ending at Root, counts consistent.</summary>
    public static void WellFormed(RootResult? r, double x0, string what, string? nonFiniteHint = null)
    {
        Check.That(r is not null, $"{what} returned null; return a new RootResult(Root, Iterations, Converged, Status, Iterates).");
        Check.That(r!.Iterates is not null && r.Iterates.Count > 0,
            $"{what} returned Iterates = {(r.Iterates is null ? "null" : "an empty list")}; it must hold x_0, x_1, …, x_k.");
        Check.That(double.IsFinite(r.Root),
            $"{what} returned Root = {Fmt.Num(r.Root)} (Status = {r.Status}). Root must always be a finite number. " +
            (nonFiniteHint ?? "Check every new point with double.IsFinite before taking it."));
        Check.That(r.Iterates!.Count == r.Iterations + 1,
            $"{what} returned Iterations = {r.Iterations} with {r.Iterates.Count} values in Iterates. " + Mistakes.IterationsOffByOne);
        Check.That(r.Iterates[0] == x0, $"{what}: Iterates[0] = {Fmt.Num(r.Iterates[0])}; it must be the start x0 = {Fmt.Num(x0)}.");
        Check.That(r.Iterates[^1] == r.Root,
            $"{what}: the last value in Iterates is {Fmt.Num(r.Iterates[^1])} but Root = {Fmt.Num(r.Root)}; Root is the last point taken, x_k.");
        Check.That(r.Converged == (r.Status == RootStatus.Converged),
            $"{what} returned Converged = {r.Converged} with Status = {r.Status}; Converged is true exactly when Status is Converged.");
    }

    /// <summary>Names the catalogued mistake that reproduces a wrong x_1, else says what x_1 should be.</summary>
    public static string FirstStepHint(double got, double x0, double fx, double dfx, double? exactDerivative = null)
    {
        if (Approx.Close(got, x0 + fx / dfx, 1e-9, 1e-12)) return Mistakes.PlusSign;
        if (Approx.Close(got, x0 - dfx / fx, 1e-9, 1e-12)) return Mistakes.DividesByF;
        if (exactDerivative is { } d && Approx.Close(got, x0 - fx / d, 1e-6, 1e-9)) return Mistakes.IgnoresGivenDerivative;
        return $"x_1 must be x_0 − f(x_0)/df(x_0) = {Fmt.Num(x0)} − ({Fmt.Num(fx)})/({Fmt.Num(dfx)}), with the df you were given.";
    }

    /// <summary>Compares the iterates with the expected path, naming a wrong first step.</summary>
    public static void SamePath(RootResult r, RootResult expected, Func<double, double> f, Func<double, double> df, string what,
        Func<double, double>? exactDerivative = null)
    {
        var x0 = expected.Iterates[0];
        var shared = Math.Min(r.Iterates.Count, expected.Iterates.Count);
        for (var k = 1; k < shared; k++)
        {
            if (Approx.Close(r.Iterates[k], expected.Iterates[k], 1e-9, 1e-12)) continue;
            var hint = k == 1
                ? FirstStepHint(r.Iterates[1], x0, f(x0), df(x0), exactDerivative?.Invoke(x0))
                : exactDerivative is not null && Approx.Close(r.Iterates[k], r.Iterates[k - 1] - f(r.Iterates[k - 1]) / exactDerivative(r.Iterates[k - 1]), 1e-6, 1e-9)
                    ? Mistakes.IgnoresGivenDerivative
                    : "Each step is x_{k+1} = x_k − f(x_k)/df(x_k), and Iterates holds every point taken, in order.";
            Approx.Equal(r.Iterates[k], expected.Iterates[k], $"{what}: x_{k} (Iterates[{k}])", "Newton–Raphson with the given f and df",
                rtol: 1e-9, atol: 1e-12, hint: hint);
        }
    }

    /// <summary>Status, Iterations and Root as the README's loop gives them.</summary>
    public static void SameOutcome(RootResult r, RootResult expected, Func<double, double> f, double tol, string what)
    {
        if (expected.Status == RootStatus.Converged && r.Status == RootStatus.Converged && Math.Abs(f(r.Root)) > tol)
            Check.That(false, $"{what} returned Converged at Root = {Fmt.Num(r.Root)}, where |f| = {Fmt.Num(Math.Abs(f(r.Root)))} > tol = {Fmt.Num(tol)}. " +
                              Mistakes.StopsOnStepSize);
        if (r.Iterations > expected.Iterations && r.Iterates.Count > expected.Iterations
            && Math.Abs(f(r.Iterates[expected.Iterations])) <= tol && expected.Status == RootStatus.Converged)
            Check.That(false, $"{what} took {r.Iterations} steps, but |f(x_{expected.Iterations})| = " +
                              $"{Fmt.Num(Math.Abs(f(r.Iterates[expected.Iterations])))} ≤ tol already held at x_{expected.Iterations} = " +
                              $"{Fmt.Num(r.Iterates[expected.Iterations])}, so the run should have stopped there. " + Mistakes.StopsOnStepSize);
        Check.That(r.Status == expected.Status,
            $"{what} returned Status = {r.Status} after {r.Iterations} steps; expected {expected.Status} after {expected.Iterations} steps " +
            "(README, \"The root finder\": test |f| ≤ tol, then k == maxIter, then df = 0, then the finiteness of the next point, in that order).");
        Check.That(r.Iterations == expected.Iterations,
            $"{what} returned Iterations = {r.Iterations}; expected {expected.Iterations}, the number of steps x_j → x_{{j+1}} taken. " +
            (Math.Abs(r.Iterations - expected.Iterations) == 1 ? Mistakes.IterationsOffByOne : ""));
        Approx.Equal(r.Root, expected.Root, $"{what}: Root", "the README's loop", rtol: 1e-9, atol: 1e-12);
    }
}
