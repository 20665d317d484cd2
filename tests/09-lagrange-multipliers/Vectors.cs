using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers.HiddenTests;

internal static class Vectors
{
    public static Vector<double> Vec(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);

    public static Matrix<double> Mat(double[,] a) => Matrix<double>.Build.DenseOfArray(a);

    /// <summary>(x₁, …, xₙ, λ).</summary>
    public static Vector<double> Z(Vector<double> x, double lambda)
    {
        var z = Vector<double>.Build.Dense(x.Count + 1);
        z.SetSubVector(0, x.Count, x);
        z[x.Count] = lambda;
        return z;
    }

    public static bool AllFinite(Vector<double>? v) => v is not null && v.All(double.IsFinite);

    public static bool Close(Vector<double>? a, Vector<double> b, double tol) =>
        a is not null && a.Count == b.Count && (a - b).L2Norm() <= tol;

    public static bool Close(Matrix<double>? a, Matrix<double> b, double tol) =>
        a is not null && a.RowCount == b.RowCount && a.ColumnCount == b.ColumnCount && (a - b).FrobeniusNorm() <= tol;
}
