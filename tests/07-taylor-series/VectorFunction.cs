using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries.HiddenTests;

/// <summary>F: Rⁿ → Rᵐ with its m×n Jacobian in closed form.</summary>
internal sealed record VectorFunction(string Name, int N, int M,
    Func<Vector<double>, Vector<double>> F, Func<Vector<double>, Matrix<double>> J)
{
    private static Vector<double> V(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);
    private static Matrix<double> Rows(double[,] a) => Matrix<double>.Build.DenseOfArray(a);

    public static readonly VectorFunction Square = new("F(x, y) = (x²y, sin x + y³)", 2, 2,
        v => V(v[0] * v[0] * v[1], Math.Sin(v[0]) + v[1] * v[1] * v[1]),
        v => Rows(new[,] { { 2 * v[0] * v[1], v[0] * v[0] }, { Math.Cos(v[0]), 3 * v[1] * v[1] } }));

    public static readonly VectorFunction Wide = new("F(x, y, z) = (xyz, eˣ + y − z²)", 3, 2,
        v => V(v[0] * v[1] * v[2], Math.Exp(v[0]) + v[1] - v[2] * v[2]),
        v => Rows(new[,] { { v[1] * v[2], v[0] * v[2], v[0] * v[1] }, { Math.Exp(v[0]), 1, -2 * v[2] } }));

    public static readonly VectorFunction Tall = new("F(x, y) = (x + y², xy, sin(x − y))", 2, 3,
        v => V(v[0] + v[1] * v[1], v[0] * v[1], Math.Sin(v[0] - v[1])),
        v => Rows(new[,] { { 1, 2 * v[1] }, { v[1], v[0] }, { Math.Cos(v[0] - v[1]), -Math.Cos(v[0] - v[1]) } }));

    public static readonly VectorFunction Polar = new("the polar map F(r, θ) = (r cos θ, r sin θ)", 2, 2,
        v => V(v[0] * Math.Cos(v[1]), v[0] * Math.Sin(v[1])),
        v => Rows(new[,] { { Math.Cos(v[1]), -v[0] * Math.Sin(v[1]) }, { Math.Sin(v[1]), v[0] * Math.Cos(v[1]) } }));

    public static readonly VectorFunction[] All = [Square, Wide, Tall, Polar];
}
