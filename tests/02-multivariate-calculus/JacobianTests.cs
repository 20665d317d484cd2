using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using static MultivariateCalculus.HiddenTests.TestFunctions;

namespace MultivariateCalculus.HiddenTests;

[TestFixture]
public class JacobianTests
{
    private const string TransposedHint =
        "Mistake [m02.jacobian-transposed]: that is the transpose. The Jacobian of F: ℝⁿ → ℝᵐ is m×n, one ROW per output F_i (row i = ∇F_i) and one " +
        "COLUMN per input x_j (column j = ∂F/∂x_j); you stored the columns ∂F/∂x_j as rows. Fix: build the matrix from " +
        "them as columns (e.g. Matrix<double>.Build.DenseOfColumnVectors) or transpose your result.";

    [Test, Points(1), Task("jacobian")]
    public void Jacobian_HasOneRowPerOutputAndOneColumnPerInput()
    {
        var x3 = Seeded.Rng(401).Vector(3, -1, 1);
        var j32 = Numerical.Jacobian(Field32, x3, 1e-5);
        Approx.Shape(j32, 2, 3, "Numerical.Jacobian of F: ℝ³ → ℝ² (m = 2 outputs, n = 3 inputs)", TransposedHint);
        var x2 = Seeded.Rng(402).Vector(2, -1, 1);
        var j24 = Numerical.Jacobian(Field24, x2, 1e-5);
        Approx.Shape(j24, 4, 2, "Numerical.Jacobian of F: ℝ² → ℝ⁴ (m = 4 outputs, n = 2 inputs)", TransposedHint);
        // Roughly the right values as well (right sign, within a factor of about 10): a zero matrix of the
        // right shape must not earn this point; wrong values have their own test.
        Approx.Equal(j32, Field32Jacobian(x3), $"Jacobian of F: ℝ³ → ℝ² at {Fmt.Point(x3)}", "analytic Jacobian, roughly", rtol: 0.9, atol: 1e-6);
        Approx.Equal(j24, FiniteDifferences.Jacobian(Field24, x2), $"Jacobian of F: ℝ² → ℝ⁴ at {Fmt.Point(x2)}", "finite differences, roughly",
            rtol: 0.9, atol: 1e-6);
    }

    [Test, Points(2), Task("jacobian")]
    public void Jacobian_MatchesTheAnalyticJacobian()
    {
        const double h = 1e-5;
        foreach (var x in Seeded.Points(5, 3, -1.5, 1.5, salt: 409))
        {
            var got = Numerical.Jacobian(Field32, x, h);
            var what = $"Jacobian of F(x) = (x0·x1 + sin x2, e^(x0 − x2) + x1²) at {Fmt.Point(x)}";
            Approx.Shape(got, 2, 3, what, TransposedHint);
            var exact = Field32Jacobian(x);
            Approx.Equal(got, exact, what, "analytic Jacobian", rtol: 1e-6, atol: 1e-8, hint: ValueHint(Field32, x, h, got, exact));
        }

        // Square case: a transposed answer has the right shape, so compare it with Jᵀ by value.
        foreach (var x in Seeded.Points(5, 2, -1.5, 1.5, salt: 419))
        {
            var got = Numerical.Jacobian(Field22, x, h);
            var exact = Field22Jacobian(x);
            var what = $"Jacobian of F(x) = (x0²·x1, 5·x0 + sin x1) at {Fmt.Point(x)}";
            Approx.Shape(got, 2, 2, what);
            Approx.Equal(got, exact, what, "analytic Jacobian", rtol: 1e-6, atol: 1e-8, hint: ValueHint(Field22, x, h, got, exact));
        }
    }

    /// <summary>Names the slip that reproduces a wrong Jacobian.</summary>
    private static string ValueHint(Func<Vector<double>, Vector<double>> F, Vector<double> x, double h, Matrix<double> got, Matrix<double> exact)
    {
        var central = FiniteDifferences.Jacobian(F, x, h);
        var forward = Matrix<double>.Build.DenseOfColumnVectors(Enumerable.Range(0, x.Count).Select(j =>
        {
            var xp = x.Clone();
            xp[j] += h;
            return (F(xp) - F(x.Clone())) / (xp[j] - x[j]);
        }));
        return Diagnose.Pick(got, exact,
            "Column j must be (F(x + h·e_j) − F(x − h·e_j)) / 2h, so that row i is ∇F_i (the derivatives of output i).",
            (exact.Transpose(), "Mistake [m02.jacobian-transposed]: your matrix is the transpose of the Jacobian; you stored the columns ∂F/∂x_j as rows. " +
                                "Fix: entry [i, j] must be ∂F_i/∂x_j (row = output, column = input)."),
            (forward, "Mistake [m02.forward-difference]: these are forward differences (F(x + h·e_j) − F(x)) / h, only first-order accurate. Fix: use the central " +
                      "difference (F(x + h·e_j) − F(x − h·e_j)) / 2h for each column."),
            (2 * central, "Mistake [m02.divides-by-h]: your values are twice the central difference. Fix: divide by 2h, not by h."),
            (central / 2, "Mistake [m02.divides-by-4h]: your values are half the central difference. Fix: divide by 2h, not by 4h."));
    }

    [Test, Points(1), Task("jacobian")]
    public void Jacobian_UsesExactly2nEvaluations()
    {
        foreach (var (F, n, m) in new (Func<Vector<double>, Vector<double>>, int, int)[] { (Field32, 3, 2), (Field24, 2, 4) })
        {
            var counter = new CallCounter<Vector<double>, Vector<double>>(F);
            Numerical.Jacobian(counter.Func, Seeded.Rng(421 + n).Vector(n, -1, 1), 1e-5);
            // One pair per entry is 2nm calls, plus one when F(x) is called first to learn m.
            var hint = counter.Calls - 2 * n * m is 0 or 1
                ? $" Mistake [m02.jacobian-pair-per-entry]: that is one pair of evaluations per ENTRY (2nm = {2 * n * m}{(counter.Calls > 2 * n * m ? ", plus one" : "")}). Fix: each call of F returns all m outputs, so one pair F(x ± h·e_j) gives the whole column j."
                : counter.Calls == 2 * n + 1
                    ? " Mistake [m02.extra-evaluation-at-x]: one call more than the central differences need, most likely F(x) itself, called to learn m. " +
                      "Fix: drop it; the first F(x + h·e_0) already tells you m (its Count)."
                : counter.Calls == n + 1
                    ? " Mistake [m02.forward-difference]: n + 1 is the forward-difference count. Fix: use the central difference, F(x + h·e_j) and F(x − h·e_j) for each j."
                    : " Evaluate F(x + h·e_j) and F(x − h·e_j) once for each input j; each pair gives the whole column j.";
            Check.That(counter.Calls == 2 * n,
                $"Numerical.Jacobian of F: ℝ{Sup(n)} → ℝ{Sup(m)} called F {counter.Calls} times; expected exactly 2n = {2 * n}." +
                (counter.Calls == 2 * n ? "" : hint));
        }
    }

    [Test, Points(1), Task("jacobian")]
    public void Jacobian_LeavesInputsUnchanged()
    {
        var x = Seeded.Rng(431).Vector(3, -1, 1);
        var before = x.ToArray();
        var guard = new InputGuard<Vector<double>>(Field32);
        var got = Numerical.Jacobian(guard.Func, x, 1e-5);
        guard.AssertUntouched("Numerical.Jacobian", x, before, "F");
        Approx.Shape(got, 2, 3, $"Jacobian at {Fmt.Point(before)}", TransposedHint);
        Approx.Equal(got, Field32Jacobian(Vec(before)), $"Jacobian at {Fmt.Point(before)}", "analytic Jacobian, roughly", rtol: 0.9, atol: 1e-8,
            hint: ValueHint(Field32, Vec(before), 1e-5, got, Field32Jacobian(Vec(before))));
    }

    private static string Sup(int n) => n switch { 2 => "²", 3 => "³", 4 => "⁴", _ => "^" + n };
}
