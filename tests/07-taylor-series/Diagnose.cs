using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries.HiddenTests;

/// <summary>Picks the catalogued mistake that reproduces a wrong answer: each candidate is what
/// the submission would return with that one mistake, computed here from the test's own inputs.</summary>
internal static class Diagnose
{
    /// <summary>The hint of the first candidate that matches <paramref name="actual"/> (a candidate
    /// equal to the expected value cannot explain a failure and is skipped), else the fallback.</summary>
    public static string? Pick(double actual, double expected, string? fallback, params (double Value, string Hint)[] candidates)
    {
        foreach (var (value, hint) in candidates)
        {
            if (double.IsNaN(value) ? double.IsNaN(actual) : !Close(value, expected) && Close(actual, value))
                return hint;
        }
        return fallback;
    }

    public static string? Pick(Vector<double> actual, Vector<double> expected, string? fallback,
        params (Vector<double> Value, string Hint)[] candidates)
    {
        foreach (var (value, hint) in candidates)
            if (!AllClose(value, expected) && AllClose(actual, value))
                return hint;
        return fallback;
    }

    public static bool Close(double a, double b) => Approx.Close(a, b, 1e-9, 1e-12);

    public static bool AllClose(Vector<double>? a, Vector<double> b)
    {
        if (a is null || a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!Close(a[i], b[i])) return false;
        return true;
    }
}
