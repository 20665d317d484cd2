using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers.HiddenTests;

/// <summary>Problems in n dimensions whose stationary points are known in closed form.</summary>
internal static class SphereProblems
{
    /// <summary>f = cᵀx on the sphere ‖x − m‖² = r²: ∇f = c = λ·2(x − m) gives x = m ± r·c/‖c‖
    /// with λ = ±‖c‖/(2r); + is the maximum, − the minimum. ∇²f = 0, so only λ∇²g = 2λI decides
    /// what they are.</summary>
    public static (ConstrainedProblem Problem, string Name, (Vector<double> X, double Lambda, PointKind Kind)[] Points)
        Linear(Vector<double> c, Vector<double> m, double r)
    {
        var n = c.Count;
        var problem = new ConstrainedProblem(
            x => c.DotProduct(x),
            _ => c.Clone(),
            _ => Matrix<double>.Build.Dense(n, n),
            x => (x - m).DotProduct(x - m) - r * r,
            x => 2 * (x - m),
            _ => 2 * Matrix<double>.Build.DenseIdentity(n));
        var u = c / c.L2Norm();
        var lambda = c.L2Norm() / (2 * r);
        return (problem, $"f = cᵀx with c = {Fmt.Point(c)} on the sphere ‖x − {Fmt.Point(m)}‖² = {Fmt.Num(r * r)}",
            [(m + r * u, lambda, PointKind.Maximum), (m - r * u, -lambda, PointKind.Minimum)]);
    }

    /// <summary>f = xᵀAx on the unit sphere xᵀx = 1 with A = Q·diag(a)·Qᵀ, a ascending: ∇f = 2Ax =
    /// λ·2x, so the stationary points are ±q_i with λ = a_i. The smallest is the minimum, the
    /// largest the maximum, every one in between a saddle on the sphere (Neither).</summary>
    public static (ConstrainedProblem Problem, string Name, (Vector<double> X, double Lambda, PointKind Kind)[] Points)
        Quadratic(Random rng, double[] a)
    {
        var n = a.Length;
        var q = rng.Matrix(n, n, -1, 1).QR().Q;
        var m = q * Matrix<double>.Build.DenseOfDiagonalArray(a) * q.Transpose();
        m = (m + m.Transpose()) / 2;
        var problem = new ConstrainedProblem(
            x => x.DotProduct(m * x),
            x => 2 * (m * x),
            _ => 2 * m,
            x => x.DotProduct(x) - 1,
            x => 2 * x,
            _ => 2 * Matrix<double>.Build.DenseIdentity(n));
        var points = new List<(Vector<double>, double, PointKind)>();
        for (var i = 0; i < n; i++)
        {
            var kind = i == 0 ? PointKind.Minimum : i == n - 1 ? PointKind.Maximum : PointKind.Neither;
            points.Add((q.Column(i), a[i], kind));
            points.Add((-q.Column(i), a[i], kind));
        }
        return (problem, $"f = xᵀAx on the unit sphere in {n} dimensions (A symmetric with eigenvalues {string.Join(", ", a.Select(Fmt.Num))})",
            points.ToArray());
    }

    /// <summary>A 3-D problem with nothing diagonal about it, for checking ∇L and its Hessian at
    /// arbitrary points: f = e^(x/2)·cos y + y·z², g = x² + 2y² + 3z² + xz − 4.</summary>
    public static ConstrainedProblem Curved3D { get; } = new(
        v => Math.Exp(v[0] / 2) * Math.Cos(v[1]) + v[1] * v[2] * v[2],
        v => Vectors.Vec(
            Math.Exp(v[0] / 2) * Math.Cos(v[1]) / 2,
            -Math.Exp(v[0] / 2) * Math.Sin(v[1]) + v[2] * v[2],
            2 * v[1] * v[2]),
        v =>
        {
            double e = Math.Exp(v[0] / 2), c = Math.Cos(v[1]), s = Math.Sin(v[1]);
            return Vectors.Mat(new[,]
            {
                { e * c / 4, -e * s / 2, 0 },
                { -e * s / 2, -e * c, 2 * v[2] },
                { 0, 2 * v[2], 2 * v[1] },
            });
        },
        v => v[0] * v[0] + 2 * v[1] * v[1] + 3 * v[2] * v[2] + v[0] * v[2] - 4,
        v => Vectors.Vec(2 * v[0] + v[2], 4 * v[1], 6 * v[2] + v[0]),
        _ => Vectors.Mat(new double[,] { { 2, 0, 1 }, { 0, 4, 0 }, { 1, 0, 6 } }));

    public const string Curved3DName = "f = e^(x/2)·cos y + y·z² on x² + 2y² + 3z² + xz = 4";
}
