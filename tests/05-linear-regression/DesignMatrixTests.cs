using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace LinearRegression.HiddenTests;

[TestFixture]
public class DesignMatrixTests
{
    private static Matrix<double> Powers(double[] x, int from, int to, bool decreasing = false) =>
        Matrix<double>.Build.Dense(x.Length, to - from + 1, (i, k) => Math.Pow(x[i], decreasing ? to - k : from + k));

    /// <summary>Fails with a message that names the usual shape slips.</summary>
    internal static void CheckShape(Matrix<double>? phi, double[] x, int degree)
    {
        int n = x.Length, p = degree + 1;
        var what = $"PolynomialDesignMatrix for N = {n} points and degree {degree}";
        if (phi is null) Assert.Fail($"{what}: expected an {n}×{p} matrix, got null.");
        if (phi!.RowCount == n && phi.ColumnCount == p) return;
        var msg = $"{what}: expected an N×(degree + 1) = {n}×{p} matrix (one row per data point, one column per power x⁰…x^{degree}), got {Fmt.Shape(phi)}.";
        if (phi.RowCount == p && phi.ColumnCount == n)
            msg += " Mistake [m05.design-matrix-transposed]: that is the transpose. Fix: row i belongs to data point xᵢ and column k holds " +
                   "xᵢᵏ, so Φθ gives one prediction per point.";
        else if (phi.RowCount == n && phi.ColumnCount == degree)
            msg += Diagnose.AllCloseMatrix(phi, Powers(x, 1, degree))
                ? " Mistake [m05.design-matrix-no-constant]: the constant column is missing. Fix: column 0 must be x⁰ = 1 (it carries " +
                  "the intercept θ₀), then x¹ … x^degree."
                : " One column short: a polynomial of degree d has d + 1 coefficients θ₀ … θ_d, for the powers x⁰ … x^d.";
        else if (phi.RowCount == n && phi.ColumnCount == degree + 2)
            msg += " Mistake [m05.design-matrix-extra-column]: one column too many. Fix: the powers run from x⁰ to x^degree inclusive.";
        Assert.Fail(msg);
    }

    [Test, Points(1), Task("design-matrix")]
    public void PolynomialDesignMatrix_IsNByDegreePlusOne()
    {
        var rng = Seeded.Rng(201);
        foreach (var (n, degree) in new[] { (9, 3), (7, 1), (11, 5), (7, 0) })
        {
            var x = Enumerable.Range(0, n).Select(_ => rng.Uniform(-2, 3)).ToArray();
            var phi = Regression.PolynomialDesignMatrix(x, degree);
            CheckShape(phi, x, degree);
            // Right-shaped zeros or constants compute nothing: these points are distinct, so (for degree ≥ 1) Φ is not constant.
            Check.That(degree == 0 ? phi.Enumerate().All(v => v != 0) : phi.Enumerate().Distinct().Count() > 1,
                $"PolynomialDesignMatrix for N = {n} points and degree {degree}: the shape is right but the entries are all " +
                $"{Fmt.Num(phi[0, 0])}; Φ[i, k] = xᵢᵏ, so column 0 is all ones and column 1 holds the (distinct) points.");
        }
    }

    [Test, Points(2), Task("design-matrix")]
    public void PolynomialDesignMatrix_ColumnKHoldsXToTheK()
    {
        var rng = Seeded.Rng(203);
        foreach (var (n, degree) in new[] { (10, 4), (6, 2), (5, 0) })
        {
            // Include 0 (0⁰ = 1) and a negative value (odd powers change sign) among the points.
            var x = Enumerable.Range(0, n).Select(i => i == 0 ? 0.0 : i == 1 ? -1.5 : rng.Uniform(-2, 3)).ToArray();
            var got = Regression.PolynomialDesignMatrix(x, degree);
            CheckShape(got, x, degree);
            var expected = Powers(x, 0, degree);
            for (var i = 0; i < n; i++)
                for (var k = 0; k <= degree; k++)
                {
                    if (Approx.Close(got[i, k], expected[i, k], 1e-12, 1e-14)) continue;
                    var hint = Diagnose.AllCloseMatrix(got, Powers(x, 0, degree, decreasing: true))
                        ? "Mistake [m05.design-matrix-decreasing-powers]: the columns are in decreasing powers (x^degree first, as numpy's " +
                          "vander does by default). Fix: column k is xᵏ: column 0 is all ones, so θ₀ is the constant term."
                        : i == 0 && k == 0 && Enumerable.Range(1, n - 1).All(r => got[r, 0] == 1)
                            ? "Mistake [m05.design-matrix-zero-to-zero]: column 0 is not 1 at x = 0. Fix: column 0 is x⁰ = 1 for every " +
                              "point, including x = 0 (0⁰ = 1 here; start each row's powers from 1 rather than computing 0⁰ by a formula)."
                            : "Φ[i, k] = xᵢᵏ: row i is data point i, column k is the k-th power.";
                    Assert.Fail(Approx.Message($"PolynomialDesignMatrix(x, {degree}) entry [{i},{k}] for xᵢ = {Fmt.Num(x[i])}",
                        expected[i, k], got[i, k], $"xᵢ^{k}", hint));
                }
        }
    }
}
