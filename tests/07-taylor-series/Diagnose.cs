using System.Text.RegularExpressions;
using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries.HiddenTests;

/// <summary>Picks the catalogued mistake that reproduces a wrong answer: each candidate is what
/// the submission would return with that one mistake, computed here from the test's own inputs.
/// Two different mistakes can give the same wrong value (at order 1 several do): then none is
/// named, since naming one would be a guess and a wrong name is worse than none.</summary>
internal static partial class Diagnose
{
    /// <summary>The hint of the candidates that match <paramref name="actual"/> (a candidate equal to
    /// the expected value cannot explain a failure and is skipped) if they all name the same mistake;
    /// null if they name different ones; the fallback if none matches.</summary>
    public static string? Pick(double actual, double expected, string? fallback, params (double Value, string Hint)[] candidates) =>
        Agreed(candidates.Where(c => Explains(c.Value, actual, expected)).Select(c => c.Hint), fallback);

    public static string? Pick(Vector<double> actual, Vector<double> expected, string? fallback,
        params (Vector<double> Value, string Hint)[] candidates) =>
        Agreed(candidates.Where(c => !AllClose(c.Value, expected) && AllClose(actual, c.Value)).Select(c => c.Hint), fallback);

    /// <summary>Like <see cref="Pick(double, double, string?, (double, string)[])"/>, but over several
    /// calls of the same method: a candidate names its mistake only if it explains the first call (the
    /// one that failed) and reproduces the submission's value at every other. Each call's candidates
    /// must be the same list in the same order, computed for that call's inputs.</summary>
    public static string? Confirmed(IReadOnlyList<(double Actual, double Expected, (double Value, string Hint)[] Candidates)> calls)
    {
        var (actual, expected, first) = calls[0];
        if (calls.Any(c => c.Candidates.Length != first.Length))
            throw new InvalidOperationException("Diagnose.Confirmed: every call needs the same list of candidates.");
        return Agreed(first.Select((c, i) => (c.Hint, i))
            .Where(c => Explains(first[c.i].Value, actual, expected)
                        && calls.Skip(1).All(call => Same(call.Candidates[c.i].Value, call.Actual)))
            .Select(c => c.Hint), null);
    }

    public static bool Close(double a, double b) => Approx.Close(a, b, 1e-9, 1e-12);

    public static bool AllClose(Vector<double>? a, Vector<double> b)
    {
        if (a is null || a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!Close(a[i], b[i])) return false;
        return true;
    }

    private static bool Explains(double value, double actual, double expected) =>
        double.IsNaN(value) ? double.IsNaN(actual) : !Close(value, expected) && Close(actual, value);

    private static bool Same(double value, double actual) => double.IsNaN(value) ? double.IsNaN(actual) : Close(actual, value);

    /// <summary>The first hint if every hint names the same mistake (by its catalogue id, or by its
    /// whole text if it has none), null if they disagree, the fallback if there are none.</summary>
    private static string? Agreed(IEnumerable<string> hints, string? fallback)
    {
        var list = hints.ToList();
        if (list.Count == 0) return fallback;
        return list.Select(Id).Distinct().Count() == 1 ? list[0] : null;
    }

    private static string Id(string hint) => MistakeId().Match(hint) is { Success: true } m ? m.Value : hint;

    [GeneratedRegex(@"Mistake \[m\d\d\.[a-z0-9-]+\]")]
    private static partial Regex MistakeId();
}
