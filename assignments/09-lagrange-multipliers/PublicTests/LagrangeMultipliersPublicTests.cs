using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace LagrangeMultipliers.PublicTests;

// A few sample tests to run with `dotnet test`, all on the course's example. The grader's hidden
// tests check the same methods on other functions, constraints and matrices, and more strictly
// (see README.md, "How it is graded").
[TestFixture]
public class LagrangeMultipliersPublicTests
{
    private static Vector<double> Vec(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);

    private static readonly ConstrainedProblem Course = CourseExample.Problem;

    // The course's four stationary points (x, y, λ) and what they are (README, worked example).
    private static readonly (double X, double Y, double Lambda, PointKind Kind)[] Known =
    [
        (-0.095838, -0.425307, 0.101108, PointKind.Maximum),
        (-0.958963, -1.163698, -0.246538, PointKind.Minimum),
        (-0.626142, -1.450165, -0.156503, PointKind.Maximum),
        (0.930942, -1.210830, -0.152319, PointKind.Minimum),
    ];

    [Test]
    public void Gradient_AtTheWorkedExamplePoint()
    {
        // README: at (x, y, λ) = (0.5, −0.5, 0.2), f = e^(−0.5), ∇f = (−1.25f, 0.75f), ∇g = (1, 3), g = 0.
        var f = Math.Exp(-0.5);
        var got = Lagrangian.Gradient(Course, Vec(0.5, -0.5, 0.2));
        Assert.That(got.ToArray(), Is.EqualTo(new[] { -1.25 * f - 0.2, 0.75 * f - 0.6, 0 }).Within(1e-12), "∇L = (∇f − λ∇g, −g)");
    }

    [Test]
    public void Hessian_IsSymmetricWithTheBorderMinusGradG()
    {
        var h = Lagrangian.Hessian(Course, Vec(0.5, -0.5, 0.2));
        Assert.That(h.RowCount, Is.EqualTo(3), "(n+1)×(n+1)");
        Assert.That(h.ColumnCount, Is.EqualTo(3), "(n+1)×(n+1)");
        Assert.That(h.Column(2).ToArray(), Is.EqualTo(new[] { -1.0, -3.0, 0.0 }).Within(1e-15), "last column (−∇g, 0)");
        Assert.That(h.Row(2).ToArray(), Is.EqualTo(new[] { -1.0, -3.0, 0.0 }).Within(1e-15), "last row (−∇gᵀ, 0)");
        var top = h.SubMatrix(0, 2, 0, 2);
        var expected = CourseExample.HessF(Vec(0.5, -0.5)) - 0.2 * CourseExample.HessG(Vec(0.5, -0.5));
        Assert.That((top - expected).FrobeniusNorm(), Is.LessThan(1e-12), "top-left block ∇²f − λ∇²g");
    }

    [Test]
    public void Solve_FindsTheCourseMaximum()
    {
        var r = LagrangeNewton.Solve(Course, Vec(-0.1, -0.4, 0.1), 1e-12, 50);
        Assert.That(r.Converged, Is.True, "converged");
        Assert.That(r.Point[0], Is.EqualTo(-0.095838).Within(1e-6), "x");
        Assert.That(r.Point[1], Is.EqualTo(-0.425307).Within(1e-6), "y");
        Assert.That(r.Lambda, Is.EqualTo(0.101108).Within(1e-6), "λ");
        Assert.That(CourseExample.F(r.Point), Is.EqualTo(0.923811).Within(1e-6), "f at the maximum");
    }

    [Test]
    public void FindAll_FindsTheFourStationaryPoints()
    {
        var starts = new List<Vector<double>>();
        for (var k = 0; k < 12; k++)
        {
            var t = 2 * Math.PI * k / 12;
            starts.Add(Vec(Math.Cos(t), -1 + Math.Sin(t) / Math.Sqrt(3), 0));
        }
        var points = StationaryPoints.FindAll(Course, starts, 1e-12);

        Assert.That(points, Has.Count.EqualTo(4), "four distinct stationary points, each once");
        foreach (var (x, y, lambda, _) in Known)
            Assert.That(points.Any(p => Math.Abs(p.Point[0] - x) < 1e-6 && Math.Abs(p.Point[1] - y) < 1e-6 && Math.Abs(p.Lambda - lambda) < 1e-6),
                $"({x}, {y}) with λ = {lambda} is among them");
    }

    [Test]
    public void Classify_TheCoursePoints()
    {
        foreach (var (x, y, lambda, kind) in Known)
            Assert.That(StationaryPoints.Classify(Course, new StationaryPoint(Vec(x, y), lambda, 0, true)), Is.EqualTo(kind), $"({x}, {y})");
    }

    [Test]
    public void Pca_LeadingDirectionOfA2x2Covariance()
    {
        // Σ = [[2, 1], [1, 2]] has eigenvalues 3 (along (1, 1)/√2) and 1 (along (1, −1)/√2).
        var sigma = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 1 }, { 1, 2 } });
        var r = Pca.LeadingDirection(sigma, 1e-12, 1000);

        Assert.That(r.Converged, Is.True, "converged");
        Assert.That(r.Lambda, Is.EqualTo(3).Within(1e-10), "λ = the largest eigenvalue");
        Assert.That(r.Point.L2Norm(), Is.EqualTo(1).Within(1e-12), "‖w‖ = 1");
        Assert.That(Math.Abs(r.Point[0] + r.Point[1]) / Math.Sqrt(2), Is.EqualTo(1).Within(1e-10), "w = ±(1, 1)/√2 (either sign)");
        Assert.That(sigma[0, 1], Is.EqualTo(1), "Σ unchanged");
    }
}
