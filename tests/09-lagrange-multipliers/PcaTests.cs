using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace LagrangeMultipliers.HiddenTests;

[TestFixture]
public class PcaTests
{
    private const double Tol = 1e-10;
    private const int MaxIter = 10_000;

    /// <summary>Hidden covariance matrices: a rotated diag(6, 3, 1.5, 0.5), the sample covariance of
    /// 300 correlated 5-D points, and a 2×2 one with a negative correlation.</summary>
    private static IEnumerable<(Matrix<double> Sigma, string Name)> Covariances()
    {
        var rng = Seeded.Rng(951);
        var q = rng.Matrix(4, 4, -1, 1).QR().Q;
        var s1 = q * Matrix<double>.Build.DenseOfDiagonalArray([6, 3, 1.5, 0.5]) * q.Transpose();
        yield return ((s1 + s1.Transpose()) / 2, "Σ = Q·diag(6, 3, 1.5, 0.5)·Qᵀ (4×4, Q a seeded rotation)");

        var mix = rng.Matrix(5, 5, -1, 1).QR().Q * Matrix<double>.Build.DenseOfDiagonalArray([3, 2, 1, 0.7, 0.4]);
        var data = rng.Matrix(300, 5, -1, 1) * mix.Transpose();
        var centred = data - Matrix<double>.Build.Dense(300, 5, (_, j) => data.Column(j).Average());
        var s2 = centred.TransposeThisAndMultiply(centred) / 299;
        yield return ((s2 + s2.Transpose()) / 2, "the sample covariance of 300 seeded, correlated points in 5-D");

        yield return (Vectors.Mat(new[,] { { 1.0, -1.5 }, { -1.5, 4.0 } }), "Σ = [[1, −1.5], [−1.5, 4]]");
    }

    private static StationaryPoint Call(Matrix<double> sigma, string where) =>
        Guard.Call(() => Pca.LeadingDirection(sigma.Clone(), Tol, MaxIter), where);

    private static (double Largest, Vector<double> Leading, double Smallest, Vector<double> Trailing) Eigen(Matrix<double> sigma)
    {
        var evd = sigma.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(v => v.Real).ToArray();
        int iMax = Array.IndexOf(values, values.Max()), iMin = Array.IndexOf(values, values.Min());
        return (values[iMax], evd.EigenVectors.Column(iMax), values[iMin], evd.EigenVectors.Column(iMin));
    }

    private static void WellFormed(StationaryPoint? r, int n, string where)
    {
        Check.That(r is not null, $"{where} returned null; return a new StationaryPoint(w, λ, iterations, converged).");
        Check.That(r!.Point is not null && r.Point.Count == n && Vectors.AllFinite(r.Point) && double.IsFinite(r.Lambda),
            $"{where} returned w = {(r.Point is null ? "null" : Fmt.Point(r.Point))}, λ = {Fmt.Num(r.Lambda)}; expected a finite vector of length {n} and a finite λ.");
    }

    /// <summary>The result checked for being well formed and non-zero, and its direction w/‖w‖.</summary>
    private static (StationaryPoint Result, Vector<double> Unit) CallForDirection(Matrix<double> sigma, string where)
    {
        var r = Call(sigma, where);
        WellFormed(r, sigma.RowCount, where);
        var norm = r.Point.L2Norm();
        Check.That(norm > 0, $"{where} returned w = 0; w must be a unit vector.");
        return (r, r.Point / norm);
    }

    [Test, Points(3), Task("pca")]
    public void LeadingDirection_IsTheEigenvectorOfTheLargestEigenvalue()
    {
        foreach (var (sigma, name) in Covariances())
        {
            var where = $"Pca.LeadingDirection for {name}, tol = 1e-10";
            var (r, unit) = CallForDirection(sigma, where);
            var (largest, leading, smallest, trailing) = Eigen(sigma);
            var hint = "";
            if (Math.Abs(unit.DotProduct(trailing)) > 1 - 1e-6 || Approx.Close(r.Lambda, smallest, 1e-6, 0))
                hint = " " + Mistakes.PcaSmallestDirection;
            else if (Math.Abs(unit.DotProduct(leading)) > 1 - 1e-6)
                hint = " " + Mistakes.PcaLambdaNotVariance;
            Check.That(r.Converged, $"{where} returned Converged = false after {r.Iterations} iterations (maxIter = {MaxIter}).{hint}");
            Check.That(Math.Abs(unit.DotProduct(leading)) >= 1 - 1e-9,
                $"{where}: the direction of w = {Fmt.Point(r.Point)} is not the leading eigenvector ±{Fmt.Point(leading)} (eigenvalue " +
                $"{Fmt.Num(largest)}, MathNet's Evd): |cos angle| = {Fmt.Num(Math.Abs(unit.DotProduct(leading)))}.{hint}");
            Approx.Equal(r.Lambda, largest, $"{where}: λ", "the largest eigenvalue of Σ (MathNet's Evd)", rtol: 1e-9, atol: 0, hint: hint.TrimStart());
        }
    }

    [Test, Points(2), Task("pca")]
    public void LeadingDirection_IsAUnitVectorWithSigmaWEqualToLambdaW()
    {
        foreach (var (sigma, name) in Covariances())
        {
            var where = $"Pca.LeadingDirection for {name}, tol = 1e-10";
            var r = Call(sigma, where);
            WellFormed(r, sigma.RowCount, where);
            var norm = r.Point.L2Norm();
            Check.That(Math.Abs(norm - 1) <= 1e-9, $"{where}: ‖w‖ = {Fmt.Num(norm)}, expected 1. {Mistakes.PcaNotNormalised(norm)}");
            var residual = (sigma * r.Point - r.Lambda * r.Point).L2Norm();
            var variance = r.Point.DotProduct(sigma * r.Point);
            var largest = Eigen(sigma).Largest;
            Check.That(residual <= 1e-8 * largest,
                $"{where}: ‖Σw − λw‖ = {Fmt.Num(residual)} with λ = {Fmt.Num(r.Lambda)}, expected ≤ {Fmt.Num(1e-8 * largest)} (the Lagrange condition " +
                "∇(wᵀΣw) = λ∇(wᵀw), i.e. Σw = λw)." +
                (Approx.Close(r.Lambda, variance, 1e-9, 0) ? " Iterate until ‖Σw − λw‖ ≤ tol." : " " + Mistakes.PcaLambdaNotVariance));
        }
    }

    [Test, Points(1), Task("pca")]
    public void LeadingDirection_HandlesAxisAlignedData()
    {
        // First a Σ whose first axis is neither the largest nor the smallest direction, so a start
        // stuck on that axis and a search for the smallest eigenvalue fail differently.
        foreach (var diagonal in new[] { new[] { 0.5, 0.2, 3, 1 }, new[] { 1.0, 4, 2 } })
        {
            var sigma = Matrix<double>.Build.DenseOfDiagonalArray(diagonal);
            var lead = Array.IndexOf(diagonal, diagonal.Max());
            var where = $"Pca.LeadingDirection for the diagonal Σ = diag({string.Join(", ", diagonal.Select(Fmt.Num))}) (axis-aligned data)";
            var r = Call(sigma, where);
            WellFormed(r, diagonal.Length, where);
            var axis = Vector<double>.Build.Dense(diagonal.Length, i => i == lead ? 1 : 0);
            var norm = r.Point.L2Norm();
            var hint = "";
            if (norm > 0 && Math.Abs(r.Point[0] / norm) > 1 - 1e-9) hint = " " + Mistakes.PcaStuckOnAxis;
            else if (norm > 0 && Math.Abs(r.Point[Array.IndexOf(diagonal, diagonal.Min())] / norm) > 1 - 1e-9) hint = " " + Mistakes.PcaSmallestDirection;
            Check.That(norm > 0 && Math.Abs(r.Point.DotProduct(axis) / norm) >= 1 - 1e-9 && Approx.Close(r.Lambda, diagonal[lead], 1e-9, 0),
                $"{where} returned w = {Fmt.Point(r.Point)}, λ = {Fmt.Num(r.Lambda)}; expected w = ±{Fmt.Point(axis)} with λ = {Fmt.Num(diagonal[lead])}.{hint}");
        }
    }

    /// <summary>When every row of Σ has the same sum s, (1, 1, …, 1)/√n is an eigenvector with eigenvalue s, here never the
    /// largest: a start on it satisfies Σw = λw at once and stays put. The 3×3 comes first: its all-ones eigenvalue 3 is the
    /// middle one (3 − √3 < 3 < 3 + √3), so a start stuck there and a search for the smallest eigenvalue fail differently.</summary>
    [Test, Points(1), Task("pca")]
    public void LeadingDirection_IsFoundWhenTheRowSumsAreEqual()
    {
        var cases = new[]
        {
            (Vectors.Mat(new[,] { { 4.0, -1, 0 }, { -1, 3, 1 }, { 0, 1, 2 } }), "Σ = [[4, −1, 0], [−1, 3, 1], [0, 1, 2]] (every row sums to 3)"),
            (Vectors.Mat(new[,] { { 2.0, -1 }, { -1, 2 } }), "Σ = [[2, −1], [−1, 2]] (both rows sum to 1)"),
            (Vectors.Mat(new[,] { { 1.0, -0.5 }, { -0.5, 1 } }), "Σ = [[1, −0.5], [−0.5, 1]] (both rows sum to 0.5)"),
        };
        foreach (var (sigma, name) in cases)
        {
            var where = $"Pca.LeadingDirection for {name}, tol = 1e-10";
            var (r, unit) = CallForDirection(sigma, where);
            var (largest, leading, _, trailing) = Eigen(sigma);
            var ones = Vector<double>.Build.Dense(sigma.RowCount, 1 / Math.Sqrt(sigma.RowCount));
            var hint = Math.Abs(unit.DotProduct(ones)) > 1 - 1e-9 ? " " + Mistakes.PcaStartEigenvector
                : Math.Abs(unit.DotProduct(trailing)) > 1 - 1e-6 ? " " + Mistakes.PcaSmallestDirection : "";
            Check.That(Math.Abs(unit.DotProduct(leading)) >= 1 - 1e-9 && Approx.Close(r.Lambda, largest, 1e-9, 0),
                $"{where} returned w = {Fmt.Point(r.Point)}, λ = {Fmt.Num(r.Lambda)}; expected w = ±{Fmt.Point(leading)} with λ = {Fmt.Num(largest)} " +
                $"(the largest eigenvalue, MathNet's Evd): |cos angle| = {Fmt.Num(Math.Abs(unit.DotProduct(leading)))}.{hint}");
        }
    }

    /// <summary>Converged exactly when ‖Σw − λw‖ ≤ tol, equality included; otherwise stop after maxIter steps.</summary>
    [Test, Points(1), Task("pca")]
    public void LeadingDirection_ConvergesByTheResidualRuleAndStopsAtMaxIter()
    {
        // Σ = Q·diag(1, 0.98, 0.5)·Qᵀ: the top two eigenvalues are 2 % apart, so a few power steps from any generic start are
        // far from ‖Σw − λw‖ ≤ 1e-12.
        var rng = Seeded.Rng(952);
        var q = rng.Matrix(3, 3, -1, 1).QR().Q;
        var sigma = q * Matrix<double>.Build.DenseOfDiagonalArray([1, 0.98, 0.5]) * q.Transpose();
        sigma = (sigma + sigma.Transpose()) / 2;
        foreach (var maxIter in new[] { 0, 3 })
        {
            var where = $"Pca.LeadingDirection for Σ = Q·diag(1, 0.98, 0.5)·Qᵀ (Q a seeded rotation), tol = 1e-12, maxIter = {maxIter}";
            var r = Guard.Call(() => Pca.LeadingDirection(sigma.Clone(), 1e-12, maxIter), where);
            WellFormed(r, 3, where);
            Check.That(!r.Converged && r.Iterations == maxIter,
                $"{where} returned Converged = {r.Converged}, Iterations = {r.Iterations}; expected Converged = false after exactly {maxIter} steps: " +
                $"‖Σw − λw‖ is far above 1e-12 that soon (it is {Fmt.Num((sigma * r.Point - r.Lambda * r.Point).L2Norm())} at the w returned). " +
                (r.Converged || r.Iterations > maxIter || r.Iterations < 0 ? Mistakes.PcaIgnoresMaxIter : ""));
            var norm = r.Point.L2Norm();
            Check.That(Math.Abs(norm - 1) <= 1e-9, $"{where}: ‖w‖ = {Fmt.Num(norm)}, expected 1 even when the iteration stops early. {Mistakes.PcaNotNormalised(norm)}");
            // Lambda is wᵀΣw of the w returned (the README's definition), also when the run stops before converging.
            var variance = r.Point.DotProduct(sigma * r.Point);
            Check.That(Approx.Close(r.Lambda, variance, 1e-9, 1e-12),
                $"{where} returned λ = {Fmt.Num(r.Lambda)} with w = {Fmt.Point(r.Point)}, whose wᵀΣw = {Fmt.Num(variance)}: λ must be wᵀΣw of the w " +
                $"returned, also when the run stops at maxIter. {Mistakes.PcaLambdaNotVariance}");
        }

        // Data with no spread at all: Σ = 0. Every unit w is a leading direction, with λ = 0 and Σw − λw = 0 exactly,
        // so even tol = 0 is met at once.
        var zero = Matrix<double>.Build.Dense(3, 3);
        const string whereZero = "Pca.LeadingDirection for Σ = 0 (3×3: data with no spread), tol = 0";
        var z = Guard.Call(() => Pca.LeadingDirection(zero.Clone(), 0, MaxIter), whereZero);
        WellFormed(z, 3, whereZero);
        var zeroNorm = z.Point.L2Norm();
        Check.That(Math.Abs(zeroNorm - 1) <= 1e-9, $"{whereZero}: ‖w‖ = {Fmt.Num(zeroNorm)}, expected 1 (any unit vector will do). {Mistakes.PcaNotNormalised(zeroNorm)}");
        Check.That(z.Converged && z.Lambda == 0,
            $"{whereZero} returned Converged = {z.Converged}, λ = {Fmt.Num(z.Lambda)}; expected Converged = true with λ = 0: Σw − λw = 0 for every w, and 0 ≤ tol = 0. " +
            (z.Converged ? "" : Mistakes.StrictTolerance));
    }

    [Test, Points(1), Task("pca")]
    public void LeadingDirection_LeavesCovarianceUnchanged()
    {
        var sigma = Vectors.Mat(new[,] { { 2.5, 0.4, -0.3 }, { 0.4, 1.2, 0.2 }, { -0.3, 0.2, 0.8 } });
        var before = sigma.Clone();
        Guard.Call(() => Pca.LeadingDirection(sigma, Tol, MaxIter), "Pca.LeadingDirection for Σ = [[2.5, 0.4, −0.3], [0.4, 1.2, 0.2], [−0.3, 0.2, 0.8]]");
        Check.That(sigma.Equals(before),
            $"Pca.LeadingDirection changed the caller's Σ: it is now [{string.Join(", ", sigma.ToRowArrays().Select(Fmt.Point))}]. {Mistakes.PcaMutatesCovariance}");
    }
}
