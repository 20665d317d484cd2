using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.TestSupport;

/// <summary>Number formatting for failure messages: short, culture-free, with a real minus sign
/// so "−1.2" reads as maths rather than as a dash.</summary>
public static class Fmt
{
    public static string Num(double v)
    {
        if (double.IsNaN(v)) return "NaN";
        if (double.IsPositiveInfinity(v)) return "+∞";
        if (double.IsNegativeInfinity(v)) return "−∞";
        var s = v.ToString("G6", CultureInfo.InvariantCulture);
        return s.Replace('-', '−');
    }

    public static string Point(params double[] xs) =>
        xs.Length == 1 ? Num(xs[0]) : "(" + string.Join(", ", xs.Select(Num)) + ")";

    public static string Point(Vector<double> x) => Point(x.ToArray());

    public static string Shape(Matrix<double> m) => $"{m.RowCount}×{m.ColumnCount}";
}
