using System.Globalization;
using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus.HiddenTests;

/// <summary>Picks the hint of the known mistake that reproduces a wrong answer.</summary>
internal static class Diagnose
{
    /// <summary>The hint of the first candidate that matches <paramref name="actual"/> (a
    /// candidate equal to the expected value cannot explain a failure and is skipped), else the
    /// fallback.</summary>
    public static string Pick(double actual, double expected, string fallback, params (double Value, string Hint)[] candidates)
    {
        foreach (var (value, hint) in candidates)
            if (!Approx.Close(value, expected, 1e-6, 1e-12) && Approx.Close(actual, value, 1e-8, 1e-12))
                return hint;
        return fallback;
    }

    public static string Pick(Matrix<double> actual, Matrix<double> expected, string fallback, params (Matrix<double> Value, string Hint)[] candidates)
    {
        foreach (var (value, hint) in candidates)
            if (SameShape(value, actual) && !AllClose(value, expected, 1e-6, 1e-12) && AllClose(actual, value, 1e-8, 1e-12))
                return hint;
        return fallback;
    }

    public static bool AllClose(Matrix<double> a, Matrix<double> b, double rtol, double atol)
    {
        if (!SameShape(a, b)) return false;
        for (var i = 0; i < a.RowCount; i++)
            for (var j = 0; j < a.ColumnCount; j++)
                if (!Approx.Close(a[i, j], b[i, j], rtol, atol)) return false;
        return true;
    }

    private static bool SameShape(Matrix<double> a, Matrix<double> b) => a.RowCount == b.RowCount && a.ColumnCount == b.ColumnCount;

    /// <summary>All 17 significant digits, for values that differ only in the last few.</summary>
    public static string Exact(double v) => v.ToString("G17", CultureInfo.InvariantCulture).Replace('-', '−');
}

/// <summary>Wraps a function handed to the code under test and remembers every vector it is
/// given, so a test can check afterwards that no vector was changed once f had seen it and that
/// the caller's x is as it was.</summary>
internal sealed class InputGuard<TOut>(Func<Vector<double>, TOut> inner)
{
    private readonly List<(Vector<double> Given, double[] Seen)> _inputs = [];

    public TOut Invoke(Vector<double> v)
    {
        _inputs.Add((v, v.ToArray()));
        return inner(v);
    }

    public Func<Vector<double>, TOut> Func => Invoke;

    public void AssertUntouched(string method, Vector<double> callersX, double[] callersXBefore, string fName)
    {
        for (var k = 0; k < callersXBefore.Length; k++)
            Check.That(callersX[k].Equals(callersXBefore[k]),
                $"Mistake [m02.mutates-input]: {method} changed the caller's x: component {k} was {Diagnose.Exact(callersXBefore[k])} before the call " +
                $"and is {Diagnose.Exact(callersX[k])} after it. Fix: leave x as it was given: step on a copy " +
                "(x.Clone()) and never write into x, not even to undo a step (x + h − h is not always x).");
        for (var n = 0; n < _inputs.Count; n++)
        {
            var (given, seen) = _inputs[n];
            for (var k = 0; k < seen.Length; k++)
                Check.That(given[k].Equals(seen[k]),
                    $"Mistake [m02.reuses-evaluation-vector]: {method} changed a vector after {fName} had evaluated it: evaluation {n + 1} of {_inputs.Count} was " +
                    $"given component {k} = {Diagnose.Exact(seen[k])}, which is {Diagnose.Exact(given[k])} by the time " +
                    $"{method} returns. {fName} may keep the vectors it is given (to cache or log them). Fix: give every " +
                    "evaluation a vector of its own, e.g. a fresh x.Clone() with one entry moved, and do not reuse it.");
        }
    }
}
