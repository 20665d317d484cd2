using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

[TestFixture]
public class BaselineTests
{
    [Test, Points(1), Task("baseline")]
    public void PolynomialFeatures_ColumnKHoldsTToTheK()
    {
        var x = Matrix<double>.Build.DenseOfColumnArrays([0.0, 0.37, -0.8, 1.0, 0.91, 2.2]);
        // Degree 4 first: at degree 0 a missing constant column leaves no column at all, and an
        // empty matrix cannot show what its columns hold.
        foreach (var degree in new[] { 4, 1, 0 })
        {
            var what = $"PolynomialFeatures of the 6×1 X = {Fmt.Point(x.Column(0))} with degree {degree}";
            var got = Baseline.PolynomialFeatures(x.Clone(), degree);
            if (got is not null && got.RowCount == 6 && got.ColumnCount > 0 && got.ColumnCount - degree is 0 or 1 && PowersFromOne(got, x))
                Assert.Fail($"{what}: expected 6×{degree + 1} with column k = tᵏ, got 6×{got.ColumnCount} with column k = tᵏ⁺¹ (t, t², …). " +
                            "Mistake [m06.features-no-constant]: the constant column is missing. Fix: column 0 is t⁰ = 1 (the intercept), " +
                            $"then t, t², … up to t^d: {degree + 1} columns for degree {degree}.");
            Approx.Shape(got, 6, degree + 1, what, "Mistake [m06.features-transposed]: that is the transpose. Fix: one ROW per sample, one " +
                                                   "column per power t⁰ … t^d.");
            for (var i = 0; i < 6; i++)
                for (var k = 0; k <= degree; k++)
                    Approx.Equal(got![i, k], Math.Pow(x[i, 0], k), $"{what}, entry [{i},{k}]", "tᵢᵏ", 1e-12, 1e-14,
                        "Φ[i, k] = tᵢᵏ: column 0 all ones, then t, t², … in increasing powers.");
        }
    }

    [Test, Points(2), Task("baseline")]
    public void Ridge_SolvesTheRegularisedNormalEquationsForEveryOutput()
    {
        var rng = Seeded.Rng(301);
        var phi = Matrix<double>.Build.Dense(30, 4, (_, k) => k == 0 ? 1 : rng.Uniform(-1, 1));
        var y = Data.Random(rng, 30, 3, -2, 2);
        foreach (var lambda in new[] { 0.4, 6.0 })
        {
            var what = $"Ridge on a seeded 30×4 Φ (column 0 all ones) with a 30×3 Y and λ = {Fmt.Num(lambda)}";
            var expected = Oracle.Ridge(phi, y, lambda);
            var (phiGiven, yGiven) = (phi.Clone(), y.Clone());
            var got = Baseline.Ridge(phiGiven, yGiven, lambda);
            Check.That(phiGiven.Equals(phi) && yGiven.Equals(y),
                $"{what}: Mistake [m06.input-mutated]: Ridge changed the Φ or Y it was given. " + Mistakes.InputChanged);
            Approx.Shape(got, 4, 3, what, "That is the transpose: Θ has one ROW per coefficient (p = 4) and one column per output (m = 3).");
            if (Close(got, expected)) continue;
            var p = phi.ColumnCount;
            var unpenalised = Matrix<double>.Build.DenseIdentity(p) * lambda;
            unpenalised[0, 0] = 0;
            string hint;
            if (Close(got, Oracle.Penalised(phi, y, Matrix<double>.Build.Dense(p, p, lambda))))
                hint = "Mistake [m06.ridge-lambda-every-entry]: λ was added to every entry of ΦᵀΦ (in MathNet, matrix + number adds to all " +
                       "entries). Fix: use ΦᵀΦ + λ·I.";
            else if (Close(got, Oracle.Penalised(phi, y, unpenalised)))
                hint = "Mistake [m06.ridge-intercept-unpenalised]: the constant term is not penalised in your answer. Fix: here ridge " +
                       "penalises every coefficient: ΦᵀΦ + λ·I with the full identity.";
            else if (Close(got, Oracle.Ridge(phi, y, 0)))
                hint = "Mistake [m06.ridge-lambda-unused]: that is ordinary least squares: λ was not used. Fix: solve (ΦᵀΦ + λI)Θ = ΦᵀY.";
            else if (FirstColumnOnly(got, expected))
                hint = "Mistake [m06.ridge-first-output-only]: only the first output column is right. Fix: solve for every column of Y " +
                       "(Solve accepts a matrix right-hand side).";
            else hint = "Solve (ΦᵀΦ + λI)Θ = ΦᵀY for the whole p×m matrix Θ, e.g. by Cholesky, or by QR on the augmented [Φ; √λ·I]Θ ≈ [Y; 0].";
            var (i, j) = First(got, expected);
            Assert.Fail(Approx.Message($"{what}: Θ[{i},{j}]", expected[i, j], got[i, j], "least squares on [Φ; √λ·I]Θ ≈ [Y; 0] by QR", hint));
        }
    }

    [Test, Points(1), Task("baseline")]
    public void MeanSquaredError_SumsOverOutputsAndAveragesOverRows()
    {
        var rng = Seeded.Rng(311);
        var p = Data.Random(rng, 9, 2);
        var y = Data.Random(rng, 9, 2);
        var expected = Oracle.Mse(p, y);
        var got = Baseline.MeanSquaredError(p.Clone(), y.Clone());
        var hint = Approx.Close(got, expected / 2, 1e-9, 0)
            ? "Mistake [m06.mse-per-entry]: you divided by N·m (every entry). Fix: this project's MSE sums the squared errors over the m " +
              "outputs of a row and averages over the N rows only, like Network.Loss."
            : Approx.Close(got, expected * 9, 1e-9, 0)
                ? "Mistake [m06.mse-not-averaged]: you did not divide by N. Fix: the MSE is the MEAN over the rows."
                : "MSE = (1/N)·Σᵢ ‖predictedᵢ − yᵢ‖² over the N rows, the same measure as Network.Loss.";
        Approx.Equal(got, expected, "MeanSquaredError of two seeded 9×2 matrices", "(1/N)·Σᵢ ‖predictedᵢ − yᵢ‖²", 1e-10, 0, hint);
    }

    /// <summary>Column k holds tᵏ⁺¹: the powers start at t¹, the constant column is missing.</summary>
    private static bool PowersFromOne(Matrix<double> phi, Matrix<double> x)
    {
        for (var i = 0; i < phi.RowCount; i++)
            for (var k = 0; k < phi.ColumnCount; k++)
                if (!Approx.Close(phi[i, k], Math.Pow(x[i, 0], k + 1), 1e-12, 1e-14)) return false;
        return true;
    }

    private static bool Close(Matrix<double> a, Matrix<double> b) => First(a, b).Item1 < 0;

    private static (int, int) First(Matrix<double> a, Matrix<double> b)
    {
        var scale = b.Enumerate().Max(Math.Abs);
        for (var i = 0; i < b.RowCount; i++)
            for (var j = 0; j < b.ColumnCount; j++)
                if (!double.IsFinite(a[i, j]) || Math.Abs(a[i, j] - b[i, j]) > 1e-8 * scale) return (i, j);
        return (-1, -1);
    }

    private static bool FirstColumnOnly(Matrix<double> got, Matrix<double> expected)
    {
        var scale = expected.Enumerate().Max(Math.Abs);
        for (var i = 0; i < expected.RowCount; i++)
            if (Math.Abs(got[i, 0] - expected[i, 0]) > 1e-8 * scale) return false;
        return true;
    }
}
