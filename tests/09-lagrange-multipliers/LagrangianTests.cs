using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace LagrangeMultipliers.HiddenTests;

[TestFixture]
public class LagrangianTests
{
    /// <summary>Seeded (problem, z) pairs off the solutions: two hidden ellipses and the curved 3-D problem.</summary>
    private static IEnumerable<(ConstrainedProblem Problem, string Name, Vector<double> Z)> Points()
    {
        var rng = Seeded.Rng(901);
        foreach (var e in new[] { EllipseProblem.Hidden1, EllipseProblem.Hidden2 })
            for (var k = 0; k < 3; k++)
                yield return (e.Problem, e.Name, Vectors.Z(e.Centre + rng.Vector(2, -1, 1), rng.Uniform(-0.8, 0.8)));
        for (var k = 0; k < 3; k++)
            yield return (SphereProblems.Curved3D, SphereProblems.Curved3DName, Vectors.Z(rng.Vector(3, -1.2, 1.2), rng.Uniform(-1.5, 1.5)));
    }

    private static string Where(string method, string name, Vector<double> z) =>
        $"Lagrangian.{method} for {name} at (x, λ) = {Fmt.Point(z)}";

    [Test, Points(3), Task("lagrangian")]
    public void Gradient_IsGradFMinusLambdaGradGThenMinusG()
    {
        foreach (var (p, name, z) in Points())
        {
            var n = z.Count - 1;
            var x = z.SubVector(0, n);
            var lambda = z[n];
            var where = Where("Gradient", name, z);
            var got = Guard.Call(() => Lagrangian.Gradient(p, z.Clone()), where);
            var top = p.GradF(x) - lambda * p.GradG(x);
            var expected = Vectors.Z(top, -p.G(x));
            var scale = 1e-10 * (1 + expected.L2Norm());
            Check.That(got is not null, $"{where} returned null; return a new vector of length n + 1 = {n + 1}.");
            if (got!.Count == n)
                Assert.Fail($"{where}: expected a vector of length n + 1 = {n + 1} (∇f − λ∇g, then −g), got length {n}. " +
                            Mistakes.ConstraintRowMissing);
            string? hint = null;
            if (Vectors.Close(got, Vectors.Z(p.GradF(x) + lambda * p.GradG(x), -p.G(x)), scale) ||
                Vectors.Close(got, Vectors.Z(p.GradF(x) + lambda * p.GradG(x), p.G(x)), scale))
                hint = Mistakes.LambdaSign;
            else if (Vectors.Close(got, Vectors.Z(top, p.G(x)), scale))
                hint = Mistakes.DlDlambdaSign;
            else if (Vectors.Close(got, Vectors.Z(top, 0), scale))
                hint = Mistakes.ConstraintRowMissing;
            Approx.Equal(got, expected, where, "∇L = (∇f − λ∇g, −g) from the problem's ∇f, ∇g and g", rtol: 1e-10, atol: 1e-12,
                hint: hint ?? "∇L(x, λ) = (∇f(x) − λ∇g(x), −g(x)): the first n entries are ∂L/∂x, the last is ∂L/∂λ.");
        }
    }

    [Test, Points(3), Task("lagrangian")]
    public void Hessian_IsTheBorderedMatrix()
    {
        foreach (var (p, name, z) in Points())
        {
            var n = z.Count - 1;
            var x = z.SubVector(0, n);
            var lambda = z[n];
            var where = Where("Hessian", name, z);
            var got = Guard.Call(() => Lagrangian.Hessian(p, z.Clone()), where);
            Check.That(got is not null, $"{where} returned null; return a new (n+1)×(n+1) matrix.");
            if (got!.RowCount == n && got.ColumnCount == n)
                Assert.Fail($"{where}: expected an {n + 1}×{n + 1} matrix, got {Fmt.Shape(got)}: the row and column for λ are missing. " +
                            Mistakes.ConstraintRowMissing);
            Approx.Shape(got, n + 1, n + 1, where);

            Matrix<double> Bordered(Matrix<double> block, double borderSign)
            {
                var m = Matrix<double>.Build.Dense(n + 1, n + 1);
                m.SetSubMatrix(0, 0, block);
                var b = borderSign * p.GradG(x);
                for (var i = 0; i < n; i++) m[i, n] = m[n, i] = b[i];
                return m;
            }

            var expected = Bordered(p.HessF(x) - lambda * p.HessG(x), -1);
            var scale = 1e-10 * (1 + expected.FrobeniusNorm());
            string? hint = null;
            if (Vectors.Close(got, Bordered(p.HessF(x), -1), scale) || Vectors.Close(got, Bordered(p.HessF(x), 1), scale))
                hint = Mistakes.HessianMissingLambdaTerm;
            else if (Vectors.Close(got, Bordered(p.HessF(x) + lambda * p.HessG(x), -1), scale) ||
                     Vectors.Close(got, Bordered(p.HessF(x) + lambda * p.HessG(x), 1), scale))
                hint = Mistakes.LambdaSign;
            else if (Vectors.Close(got, Bordered(p.HessF(x) - lambda * p.HessG(x), 1), scale))
                hint = Mistakes.DlDlambdaSign;
            else if (Vectors.Close(got, Bordered(p.HessF(x) - lambda * p.HessG(x), 0), scale))
                hint = Mistakes.ConstraintRowMissing;
            else if (Vectors.Close(got.Transpose(), got, scale) is false)
                hint = "Your matrix is not symmetric: the last row and the last column are both −∇g(x)ᵀ (∂²L/∂x∂λ = ∂²L/∂λ∂x).";
            Approx.Equal(got, expected, where, "[[∇²f − λ∇²g, −∇g], [−∇gᵀ, 0]] from the problem's Hessians", rtol: 1e-10, atol: 1e-12,
                hint: hint ?? "The Hessian of L = f − λg in (x, λ) is [[∇²f(x) − λ∇²g(x), −∇g(x)], [−∇g(x)ᵀ, 0]]: the Jacobian of ∇L.");
        }
    }

    [Test, Points(1), Task("lagrangian")]
    public void GradientAndHessian_LeaveZUnchanged()
    {
        var z = Vectors.Vec(0.4, -0.3, 0.9, 0.25);
        var before = z.ToArray();
        Guard.Call(() => Lagrangian.Gradient(SphereProblems.Curved3D, z), "Lagrangian.Gradient at (0.4, −0.3, 0.9, λ = 0.25)");
        Check.That(z.ToArray().SequenceEqual(before),
            $"Lagrangian.Gradient changed its argument z from {Fmt.Point(before)} to {Fmt.Point(z)}. Take x with z.SubVector(0, n) (a copy) and never write into z.");
        Guard.Call(() => Lagrangian.Hessian(SphereProblems.Curved3D, z), "Lagrangian.Hessian at (0.4, −0.3, 0.9, λ = 0.25)");
        Check.That(z.ToArray().SequenceEqual(before),
            $"Lagrangian.Hessian changed its argument z from {Fmt.Point(before)} to {Fmt.Point(z)}. Take x with z.SubVector(0, n) (a copy) and never write into z.");
    }
}
