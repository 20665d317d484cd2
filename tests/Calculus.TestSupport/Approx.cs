using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace Calculus.TestSupport;

/// <summary>Tolerant comparisons whose failure message says what was compared, where, against
/// what source, and by how much: "∂f/∂y at (0.31, −1.2): expected ≈ 1.234 (finite differences),
/// got −1.234 (relative error 2)".</summary>
public static class Approx
{
    public const double DefaultRelTol = 1e-6;
    public const double DefaultAbsTol = 1e-9;

    public static double RelativeError(double actual, double expected)
    {
        var scale = Math.Max(Math.Abs(actual), Math.Abs(expected));
        return scale == 0 ? 0 : Math.Abs(actual - expected) / scale;
    }

    /// <summary>Within rtol·max(|actual|, |expected|) + atol. An infinite or NaN expected value
    /// must be matched exactly: the tolerance of an infinite value is infinite, so any finite
    /// answer would otherwise pass.</summary>
    public static bool Close(double actual, double expected, double rtol = DefaultRelTol, double atol = DefaultAbsTol) =>
        double.IsFinite(expected)
            ? double.IsFinite(actual) && Math.Abs(actual - expected) <= rtol * Math.Max(Math.Abs(actual), Math.Abs(expected)) + atol
            : actual.Equals(expected);

    /// <param name="what">What is compared and where, e.g. "∂f/∂y at (0.31, −1.2)".</param>
    /// <param name="source">Where the expected value comes from, e.g. "finite differences".</param>
    /// <param name="hint">Optional advice appended to the message when the check fails.</param>
    public static void Equal(double actual, double expected, string what, string source = "reference",
        double rtol = DefaultRelTol, double atol = DefaultAbsTol, string? hint = null)
    {
        if (Close(actual, expected, rtol, atol)) return;
        Assert.Fail(Message(what, expected, actual, source, hint));
    }

    public static void Equal(Vector<double> actual, Vector<double> expected, string what, string source = "reference",
        double rtol = DefaultRelTol, double atol = DefaultAbsTol, string? hint = null)
    {
        if (actual.Count != expected.Count)
            Assert.Fail($"{what}: expected a vector of length {expected.Count}, got length {actual.Count}.");
        for (var i = 0; i < expected.Count; i++)
            if (!Close(actual[i], expected[i], rtol, atol))
                Assert.Fail(Message($"{what}, component {i}", expected[i], actual[i], source, hint));
    }

    public static void Equal(Matrix<double> actual, Matrix<double> expected, string what, string source = "reference",
        double rtol = DefaultRelTol, double atol = DefaultAbsTol, string? hint = null)
    {
        Shape(actual, expected.RowCount, expected.ColumnCount, what);
        for (var i = 0; i < expected.RowCount; i++)
            for (var j = 0; j < expected.ColumnCount; j++)
                if (!Close(actual[i, j], expected[i, j], rtol, atol))
                    Assert.Fail(Message($"{what}, entry [{i},{j}]", expected[i, j], actual[i, j], source, hint));
    }

    /// <summary>Fails with a message that names a transposed answer as such, the commonest shape slip.</summary>
    public static void Shape(Matrix<double>? actual, int rows, int cols, string what, string? transposedHint = null)
    {
        if (actual is null) Assert.Fail($"{what}: expected a {rows}×{cols} matrix, got null.");
        if (actual!.RowCount == rows && actual.ColumnCount == cols) return;
        var msg = $"{what}: expected a {rows}×{cols} matrix, got {Fmt.Shape(actual)}.";
        if (actual.RowCount == cols && actual.ColumnCount == rows && rows != cols)
            msg += " " + (transposedHint ?? "It looks transposed.");
        Assert.Fail(msg);
    }

    public static string Message(string what, double expected, double actual, string source, string? hint)
    {
        var msg = double.IsFinite(actual)
            ? $"{what}: expected ≈ {Fmt.Num(expected)} ({source}), got {Fmt.Num(actual)} (relative error {Fmt.Num(RelativeError(actual, expected))})."
            : $"{what}: expected ≈ {Fmt.Num(expected)} ({source}), got {Fmt.Num(actual)}.";
        return hint is null ? msg : msg + " " + hint;
    }
}
