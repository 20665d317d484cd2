using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace GradientDescent.HiddenTests;

/// <summary>Calls into the submission that turn an unexpected exception into a failure whose
/// message says what was called and what to do instead. Exceptions the grader itself explains
/// (not implemented yet, cut out by the grader, a changed signature) pass through untouched.</summary>
internal static class Guard
{
    public static T Call<T>(Func<T> call, string what, string advice)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (!PassThrough(e))
        {
            Assert.Fail($"{what} threw {e.GetType().Name}: {StudentText.Quote(e.Message)} {advice}");
            throw; // not reached: Assert.Fail throws
        }
    }

    private static bool PassThrough(Exception e) =>
        e is NotImplementedException or NotSupportedException or MissingMemberException or TypeLoadException
            or MemberAccessException or OutOfMemoryException or InsufficientExecutionStackException
            or AssertionException or InconclusiveException or IgnoreException or SuccessException;
}

/// <summary>Picks the hint of the known mistake that reproduces a wrong answer.</summary>
internal static class Diagnose
{
    /// <summary>The hint of the first candidate that matches <paramref name="actual"/> (a
    /// candidate equal to the expected value cannot explain a failure and is skipped), else the
    /// fallback.</summary>
    public static string Pick(Vector<double> actual, Vector<double> expected, string fallback,
        params (Vector<double> Value, string Hint)[] candidates)
    {
        foreach (var (value, hint) in candidates)
            if (!AllClose(value, expected, 1e-9, 1e-13) && AllClose(actual, value, 1e-9, 1e-13))
                return hint;
        return fallback;
    }

    public static string Pick(double actual, double expected, string fallback, params (double Value, string Hint)[] candidates)
    {
        foreach (var (value, hint) in candidates)
            if (!Approx.Close(value, expected, 1e-9, 1e-15) && Approx.Close(actual, value, 1e-9, 1e-15))
                return hint;
        return fallback;
    }

    public static bool AllClose(Vector<double>? a, Vector<double> b, double rtol, double atol)
    {
        if (a is null || a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!Approx.Close(a[i], b[i], rtol, atol)) return false;
        return true;
    }
}

/// <summary>Checks shared by the optimiser tests: the shape of an <see cref="OptimizeResult"/>.</summary>
internal static class Results
{
    public static bool AllFinite(Vector<double>? v) => v is not null && v.All(double.IsFinite);

    /// <summary>The README: no optimiser may change the caller's x0.</summary>
    public static void LeftX0Unchanged(Vector<double> given, double[] before, string what) =>
        Check.That(given.ToArray().SequenceEqual(before),
            $"Mistake [m03.mutates-x0]: {what} changed the caller's x0 from {Fmt.Point(before)} to {Fmt.Point(given)}. Fix: work on a copy (x0.Clone()).");

    /// <summary>The "you are climbing" hint when the run ended higher than it started, else "".</summary>
    public static string ClimbingHint(double fX, double f0) => fX > f0 ? " " + GradientStepTests.Climbing : "";

    public const string IterationsOffByOne =
        "Mistake [m03.iterations-off-by-one]: Iterations is one more than the steps taken, while History (f(x_0) … f(x_k)) is right. " +
        "Fix: Iterations = k, the number of steps x_j → x_{j+1} taken (0 for a run that starts at a minimum); do not count the final gradient test as a step.";

    /// <summary>The signature of Iterations counted one too many: the History of the run the README
    /// defines (<paramref name="expected"/>), value for value, with Iterations one more than its steps.</summary>
    public static bool CountsOneStepTooMany(OptimizeResult r, OptimizeResult expected) =>
        r.Iterations == expected.Iterations + 1 && r.History is { } h && h.Count == expected.History.Count &&
        h.Zip(expected.History).All(p => Approx.Close(p.First, p.Second, 1e-9, 1e-12));

    /// <summary>X present, of the right length, and finite; History present.</summary>
    public static void WellFormed(OptimizeResult? r, int n, string what)
    {
        Check.That(r is not null, $"{what} returned null; return a new OptimizeResult(X, Iterations, Converged, Diverged, History).");
        Check.That(r!.X is not null && r.X.Count == n,
            $"{what} returned X = {(r.X is null ? "null" : $"a vector of length {r.X.Count}")}; expected the final point, a vector of length {n}.");
        Check.That(r.History is not null, $"{what} returned History = null; it must hold f(x_0), f(x_1), …, f(x_k).");
        Check.That(AllFinite(r.X),
            $"{what} returned X = {Fmt.Point(r.X!)}, which is not finite. Mistake [m03.divergence-left-as-nan]: a point that is not finite was accepted. Fix: check each new " +
            "point (and f there) with double.IsFinite, and when the check fails stop with Diverged = true and return the last " +
            "point that passed.");
    }
}
