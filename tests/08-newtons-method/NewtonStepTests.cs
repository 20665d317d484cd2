using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NewtonsMethod.HiddenTests;

[TestFixture]
public class NewtonStepTests
{
    private static Vector<double> Call(Vector<double> g, Matrix<double> h, string what) =>
        Guard.Call(() => Minimizer.NewtonStep(g, h), what,
            "The step must exist for every nonsingular H, positive definite or not. " + Mistakes.CholeskyForIndefinite);

    /// <summary>Names the catalogued mistake a wrong step reproduces.</summary>
    private static string Hint(Vector<double> got, Vector<double> g, Matrix<double> h, Vector<double> expected)
    {
        bool Near(Vector<double> candidate) =>
            (got - candidate).L2Norm() <= 1e-8 * (candidate.L2Norm() + 1e-300) && (candidate - expected).L2Norm() > 1e-6 * expected.L2Norm();
        if (Near(-expected)) return Mistakes.StepSign;
        if (Near(-(h.Transpose() * g)) || Near(-(h * g)) || Near(h * g)) return Mistakes.TransposeAsInverse;
        if (Near(-g)) return "That is −g, the steepest-descent direction: the Newton step is p = −H⁻¹g (solve H·p = −g).";
        return "The Newton step is the solution p of H·p = −g (e.g. H.Solve(-g)).";
    }

    [Test, Points(2), Task("newton-step"), Visibility(TestVisibility.Visible)]
    public void NewtonStep_SolvesHpEqualsMinusGForAnyNonsingularH()
    {
        var rng = Seeded.Rng(821);
        var cases = new (string Kind, double[] Lambdas)[]
        {
            ("positive definite", [1, 4]),
            ("positive definite", [0.5, 2, 7]),
            ("indefinite: a saddle", [3, -1]),
            ("indefinite: a saddle", [2, -0.5, 5, 1]),
            ("negative definite: a maximum", [-2, -6, -1]),
        };
        foreach (var (kind, lambdas) in cases)
        {
            var q = Quadratic.WithEigenvalues(rng, lambdas);
            var h = q.A;
            var g = rng.Vector(q.N, -2, 2);
            var what = $"Minimizer.NewtonStep with g = {Fmt.Point(g)} and a {q.N}×{q.N} symmetric H, {kind} (eigenvalues {Fmt.Point(lambdas)})";
            var expected = h.Solve(-g);
            var got = Call(g.Clone(), h.Clone(), what);
            Check.That(got is not null && got.Count == q.N, $"{what} returned {(got is null ? "null" : $"a vector of length {got.Count}")}; expected length {q.N}.");
            Check.That(got!.All(double.IsFinite),
                $"{what} returned {Fmt.Point(got!)}, which is not finite, although H is nonsingular. " +
                (kind.StartsWith("positive", StringComparison.Ordinal) ? "" : Mistakes.CholeskyForIndefinite));
            Approx.Equal(got!, expected, what, "the solution of H·p = −g", rtol: 1e-9, atol: 1e-12, hint: Hint(got!, g, h, expected));
        }
    }

    [Test, Points(2), Task("newton-step"), Visibility(TestVisibility.Visible)]
    public void NewtonStep_StaysAccurateForAnIllConditionedHessian()
    {
        // Eigenvalues from 1 down to 1e-12, g along the stiffest direction. A linear solve (LU, QR,
        // Cholesky) leaves a residual ‖Hp + g‖ near 1e-16·‖g‖; an explicit inverse near 1e-7…1e-5 (measured).
        var rng = Seeded.Rng(822);
        for (var trial = 0; trial < 3; trial++)
        {
            const int n = 6;
            var rotation = rng.Matrix(n, n, -1, 1).QR().Q;
            var lambdas = Enumerable.Range(0, n).Select(i => Math.Pow(10, -12.0 * i / (n - 1))).ToArray();
            var h = rotation * Matrix<double>.Build.DenseOfDiagonalArray(lambdas) * rotation.Transpose();
            h = (h + h.Transpose()) / 2;
            var g = rotation.Column(0) * rng.Uniform(0.5, 2);
            var what = $"Minimizer.NewtonStep with a 6×6 positive-definite H whose eigenvalues run from 1 down to 1e-12 (condition number 1e12), " +
                       $"g = {Fmt.Num(g.L2Norm())} × the eigenvector of the eigenvalue 1";
            var expected = h.Solve(-g);
            var got = Call(g.Clone(), h.Clone(), what);
            Check.That(got is not null && got.Count == n && got.All(double.IsFinite),
                $"{what} returned {(got is null ? "null" : Fmt.Point(got))}; expected a finite vector of length 6.");
            var residual = (h * got! + g).L2Norm() / g.L2Norm();
            Check.That((got - expected).L2Norm() <= 1e-3 * expected.L2Norm() || residual <= 1e-11,
                $"{what}: returned {Fmt.Point(got!)}, far from the solution {Fmt.Point(expected)} of H·p = −g. " + Hint(got!, g, h, expected));
            Check.That(residual <= 1e-11,
                $"{what}: the residual ‖H·p + g‖/‖g‖ of the returned step is {Fmt.Num(residual)}; a linear solve leaves about 1e-16 here, " +
                "and at most 1e-11 is accepted. " + Mistakes.ExplicitInverse);
        }
    }

    [Test, Points(1), Task("newton-step"), Visibility(TestVisibility.Visible)]
    public void NewtonStep_LeavesGAndHUnchanged()
    {
        var rng = Seeded.Rng(823);
        var q = Quadratic.WithEigenvalues(rng, 2, -1, 3);
        var h = q.A;
        var g = rng.Vector(3, -1, 1);
        var hBefore = h.ToArray();
        var gBefore = g.ToArray();
        var expected = h.Solve(-g);
        var what = $"Minimizer.NewtonStep with g = {Fmt.Point(g)} and a 3×3 indefinite H";
        var got = Call(g, h, what);
        Check.That(g.ToArray().SequenceEqual(gBefore) && h.ToArray().Cast<double>().SequenceEqual(hBefore.Cast<double>()),
            $"{what} changed its arguments: g is now {Fmt.Point(g)} (was {Fmt.Point(gBefore)}). Build new vectors (-g, H.Solve(...) return new " +
            "ones) and never negate, factor or overwrite g or H in place.");
        Check.That(got is not null && got.Count == 3, $"{what} returned {(got is null ? "null" : $"a vector of length {got.Count}")}.");
        Approx.Equal(got!, expected, what, "the solution of H·p = −g", rtol: 1e-9, atol: 1e-12, hint: Hint(got!, g, h, expected));
    }
}
