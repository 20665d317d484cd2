using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using static MultivariateCalculus.HiddenTests.TestFunctions;

namespace MultivariateCalculus.HiddenTests;

[TestFixture]
public class HessianTests
{
    private const string SymmetryHint =
        "Mistake [m02.hessian-not-symmetric]: for a smooth f the mixed partials are equal (∂²f/∂x_i∂x_j = ∂²f/∂x_j∂x_i), but two separately computed " +
        "finite-difference values differ in their last digits. Fix: compute each mixed partial once and store it in both " +
        "H[i, j] and H[j, i] (or return (H + Hᵀ) / 2).";

    [Test, Points(2), Task("hessian")]
    public void Hessian_MatchesTheAnalyticHessian()
    {
        const double h = 1e-4;
        foreach (var x in Seeded.Points(6, 3, -1.5, 1.5, salt: 503))
        {
            var got = Numerical.Hessian(Scalar3, x, h);
            var exact = Scalar3Hessian(x);
            var what = $"Hessian of f = sin(x0)·e^(x1/2) + x0·x2² − ln(1 + x1²) at {Fmt.Point(x)} (h = 1e-4)";
            Approx.Shape(got, 3, 3, what);
            for (var i = 0; i < 3; i++)
                for (var j = 0; j < 3; j++)
                    Approx.Equal(got[i, j], exact[i, j], $"{what}, entry [{i},{j}]", "analytic Hessian", rtol: 1e-5, atol: 1e-6,
                        hint: EntryHint(got[i, j], exact[i, j], i == j));
        }
    }

    private static string EntryHint(double actual, double expected, bool diagonal)
    {
        var denominator = diagonal
            ? "A diagonal entry is (f(x + h·e_i) − 2f(x) + f(x − h·e_i)) / h²."
            : "A mixed entry is (f(x + h·e_i + h·e_j) − f(x + h·e_i − h·e_j) − f(x − h·e_i + h·e_j) + f(x − h·e_i − h·e_j)) / 4h².";
        foreach (var factor in new[] { 4.0, 0.25, 2.0, 0.5, -1.0 })
            if (Math.Abs(expected) > 1e-3 && Approx.Close(actual, factor * expected, 1e-3, 1e-6))
                return $"Mistake [m02.hessian-wrong-denominator]: your value is {Fmt.Num(factor)}× the expected one. Fix: check the denominator. " + denominator;
        return denominator + " Use a step near 1e-4: a second difference divides by h², so a tiny h amplifies rounding.";
    }

    [Test, Points(2), Task("hessian")]
    public void Hessian_IsExactlySymmetric()
    {
        var cases = Seeded.Points(4, 3, -1.5, 1.5, salt: 509).Select(x => (F: (Func<Vector<double>, double>)Scalar3, X: x))
            .Concat(Seeded.Points(4, 4, -1, 1, salt: 521).Select(x => (F: (Func<Vector<double>, double>)Scalar4, X: x)));
        foreach (var (f, x) in cases)
        {
            var n = x.Count;
            var got = Numerical.Hessian(f, x, 1e-4);
            Approx.Shape(got, n, n, $"Numerical.Hessian at {Fmt.Point(x)}");
            // Roughly right first (right sign, within a factor of about 10): a zero (or any constant symmetric)
            // matrix must not earn these points; accuracy has its own test.
            Approx.Equal(got, FiniteDifferences.Hessian(f, x), $"Numerical.Hessian at {Fmt.Point(x)} (h = 1e-4)", "finite differences, roughly",
                rtol: 0.9, atol: 1e-5);
            for (var i = 0; i < n; i++)
                for (var j = i + 1; j < n; j++)
                    Check.That(got[i, j].Equals(got[j, i]),
                        $"Numerical.Hessian at {Fmt.Point(x)} is not symmetric: H[{i},{j}] = {Diagnose.Exact(got[i, j])} but " +
                        $"H[{j},{i}] = {Diagnose.Exact(got[j, i])} (they must be equal exactly). " + SymmetryHint);
        }
    }

    [Test, Points(1), Task("hessian")]
    public void Hessian_LeavesInputsUnchanged()
    {
        var x = Seeded.Rng(523).Vector(3, -1, 1);
        var before = x.ToArray();
        var guard = new InputGuard<double>(Scalar3);
        var got = Numerical.Hessian(guard.Func, x, 1e-4);
        guard.AssertUntouched("Numerical.Hessian", x, before, "f");
        Approx.Equal(got, Scalar3Hessian(Vec(before)), $"Hessian at {Fmt.Point(before)} (h = 1e-4)", "analytic Hessian, roughly", rtol: 0.9, atol: 1e-6);
    }
}
