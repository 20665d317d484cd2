using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries.HiddenTests;

/// <summary>f: Rⁿ → R with its gradient and Hessian in closed form.</summary>
internal sealed record ScalarFunction(string Name, int N, Func<Vector<double>, double> F,
    Func<Vector<double>, Vector<double>> Gradient, Func<Vector<double>, Matrix<double>> Hessian)
{
    private static Vector<double> V(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);
    private static Matrix<double> Rows(double[,] a) => Matrix<double>.Build.DenseOfArray(a);

    /// <summary>The course's exp(−(2x² + y² − xy)/2): with q = 2x² + y² − xy, f_x = −½q_x·f and
    /// f_xy = (q_x·q_y/4 + ½)·f.</summary>
    public static readonly ScalarFunction Course = new("f(x, y) = exp(−(2x² + y² − xy)/2)", 2,
        v => Math.Exp(-(2 * v[0] * v[0] + v[1] * v[1] - v[0] * v[1]) / 2),
        v =>
        {
            var f = Course!.F(v);
            double qx = 4 * v[0] - v[1], qy = 2 * v[1] - v[0];
            return V(-qx * f / 2, -qy * f / 2);
        },
        v =>
        {
            var f = Course!.F(v);
            double qx = 4 * v[0] - v[1], qy = 2 * v[1] - v[0];
            return Rows(new[,] { { (qx * qx / 4 - 2) * f, (qx * qy / 4 + 0.5) * f }, { (qx * qy / 4 + 0.5) * f, (qy * qy / 4 - 1) * f } });
        });

    public static readonly ScalarFunction SinExp = new("f(x, y) = sin x·eʸ + xy²", 2,
        v => Math.Sin(v[0]) * Math.Exp(v[1]) + v[0] * v[1] * v[1],
        v => V(Math.Cos(v[0]) * Math.Exp(v[1]) + v[1] * v[1], Math.Sin(v[0]) * Math.Exp(v[1]) + 2 * v[0] * v[1]),
        v =>
        {
            double s = Math.Sin(v[0]) * Math.Exp(v[1]), c = Math.Cos(v[0]) * Math.Exp(v[1]);
            return Rows(new[,] { { -s, c + 2 * v[1] }, { c + 2 * v[1], s + 2 * v[0] } });
        });

    public static readonly ScalarFunction ThreeD = new("f(x, y, z) = xyz + cos x + e^(yz)", 3,
        v => v[0] * v[1] * v[2] + Math.Cos(v[0]) + Math.Exp(v[1] * v[2]),
        v =>
        {
            var e = Math.Exp(v[1] * v[2]);
            return V(v[1] * v[2] - Math.Sin(v[0]), v[0] * v[2] + v[2] * e, v[0] * v[1] + v[1] * e);
        },
        v =>
        {
            double x = v[0], y = v[1], z = v[2], e = Math.Exp(y * z);
            return Rows(new[,]
            {
                { -Math.Cos(x), z, y },
                { z, z * z * e, x + e + y * z * e },
                { y, x + e + y * z * e, y * y * e },
            });
        });

    public static readonly ScalarFunction[] All = [Course, SinExp, ThreeD];
}
