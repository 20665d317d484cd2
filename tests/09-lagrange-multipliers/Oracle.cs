using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace LagrangeMultipliers.HiddenTests;

/// <summary>The tests' own answers, found by routes a submission does not take: stationary
/// points on an ellipse by walking along its parametrisation, classifications from eigenvalues.</summary>
internal static class Oracle
{
    /// <summary>Every stationary point of f on the ellipse: the zeros of φ′(t) = ∇f(p(t))·p′(t) for
    /// p(t) = (x0 + rx·cos t, y0 + ry·sin t), bracketed on a fine grid and bisected to rounding.
    /// λ = ∇f·∇g/‖∇g‖²; φ′ going from + to − is a maximum along the curve.</summary>
    public static IReadOnlyList<(Vector<double> X, double Lambda, PointKind Kind)> EllipsePoints(EllipseProblem e)
    {
        double Slope(double t) => e.GradF(e.At(t)).DotProduct(e.Tangent(t));
        const int steps = 1440; // a quarter degree: far finer than the gaps between these problems' points
        var found = new List<(Vector<double>, double, PointKind)>();
        for (var i = 0; i < steps; i++)
        {
            double lo = 2 * Math.PI * i / steps, hi = 2 * Math.PI * (i + 1) / steps;
            double slo = Slope(lo), shi = Slope(hi);
            if (slo == 0 || Math.Sign(slo) == Math.Sign(shi)) continue;
            var kind = slo > 0 ? PointKind.Maximum : PointKind.Minimum;
            for (var k = 0; k < 200 && hi - lo > 1e-16; k++)
            {
                var mid = (lo + hi) / 2;
                if (Math.Sign(Slope(mid)) == Math.Sign(slo)) lo = mid; else hi = mid;
            }
            var x = e.At((lo + hi) / 2);
            var gradG = e.GradG(x);
            found.Add((x, e.GradF(x).DotProduct(gradG) / gradG.DotProduct(gradG), kind));
        }
        return found;
    }

    /// <summary>‖∇f − λ∇g‖ and |g| at (x, λ), from the tests' own copy of the problem.</summary>
    public static (double Stationarity, double Feasibility) Kkt(ConstrainedProblem p, Vector<double> x, double lambda) =>
        ((p.GradF(x) - lambda * p.GradG(x)).L2Norm(), Math.Abs(p.G(x)));

    /// <summary>The second-order test as the README states it, on any symmetric matrix h: the
    /// signs of the eigenvalues of Zᵀ·h·Z, Z an orthonormal basis of the tangent space {d : ∇g·d = 0}.</summary>
    public static PointKind Classify(Matrix<double> h, Vector<double> gradG)
    {
        var n = gradG.Count;
        var q = Matrix<double>.Build.DenseOfColumnVectors(gradG).QR(QRMethod.Full).Q;
        var z = q.SubMatrix(0, n, 1, n - 1);
        var projected = z.Transpose() * h * z;
        return ByEigenvalues((projected + projected.Transpose()) / 2);
    }

    /// <summary>Minimum when every eigenvalue is clearly positive, Maximum when every one is
    /// clearly negative, Neither otherwise.</summary>
    public static PointKind ByEigenvalues(Matrix<double> symmetric)
    {
        var values = symmetric.Evd(Symmetricity.Symmetric).EigenValues.Select(v => v.Real).ToArray();
        var floor = 1e-9 * Math.Max(1, values.Max(Math.Abs));
        if (values.All(v => v > floor)) return PointKind.Minimum;
        if (values.All(v => v < -floor)) return PointKind.Maximum;
        return PointKind.Neither;
    }

    /// <summary>The Hessian of L = f − λg at (x, λ).</summary>
    public static Matrix<double> HessianOfL(ConstrainedProblem p, Vector<double> x, double lambda) => p.HessF(x) - lambda * p.HessG(x);
}
