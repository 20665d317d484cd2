using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using static MultivariateCalculus.HiddenTests.TestFunctions;

namespace MultivariateCalculus.HiddenTests;

[TestFixture]
public class PolarJacobianTests
{
    private static Matrix<double> M(double a, double b, double c, double d) =>
        Matrix<double>.Build.DenseOfArray(new[,] { { a, b }, { c, d } });

    [Test, Points(2), Task("polar-jacobian")]
    public void PolarJacobian_MatchesFiniteDifferences()
    {
        var rng = Seeded.Rng(801);
        for (var k = 0; k < 10; k++)
        {
            double r = rng.Uniform(0.3, 3), t = rng.Uniform(-3, 3);
            var got = Analytic.PolarToCartesianJacobian(r, t);
            var what = $"∂(x, y)/∂(r, θ) at r = {Fmt.Num(r)}, θ = {Fmt.Num(t)}";
            Approx.Shape(got, 2, 2, what);
            var expected = FiniteDifferences.Jacobian(Polar, Vec(r, t));
            double c = Math.Cos(t), s = Math.Sin(t);
            var hint = Diagnose.Pick(got, M(c, -r * s, s, r * c),
                "Row 0 holds the derivatives of x = r·cos θ, row 1 those of y = r·sin θ; column 0 is ∂/∂r, column 1 is ∂/∂θ.",
                (M(c, s, -r * s, r * c), "Mistake [m02.polar-transposed]: your matrix is transposed (rows and columns swapped). Fix: rows belong to the outputs x and y, " +
                                         "columns to the inputs r and θ, so row 0 is (∂x/∂r, ∂x/∂θ)."),
                (M(c, -s, s, c), "Mistake [m02.polar-missing-r]: the θ column is missing the factor r. Fix: when differentiating r·cos θ with respect to θ, r is a constant " +
                                 "factor that stays (∂x/∂θ = r·d(cos θ)/dθ)."),
                (M(c, s, -s, c), "Mistake [m02.polar-transposed-missing-r]: transposed AND missing r. Fix: rows belong to the outputs x, y and columns to the inputs r, θ, and the θ " +
                                 "column keeps the factor r."),
                (M(s, r * c, c, -r * s), "Mistake [m02.polar-rows-swapped]: your rows are swapped. Fix: row 0 belongs to x = r·cos θ, row 1 to y = r·sin θ."),
                (M(-r * s, c, r * c, s), "Mistake [m02.polar-columns-swapped]: your columns are swapped. Fix: column 0 is ∂/∂r, column 1 is ∂/∂θ."),
                (M(c, r * s, s, r * c), "Mistake [m02.polar-sign]: ∂x/∂θ has the wrong sign. Fix: d(cos θ)/dθ = −sin θ."),
                (M(c, r * s, s, -r * c), "Mistake [m02.polar-sign]: the θ column has the wrong sign. Fix: d(cos θ)/dθ = −sin θ and d(sin θ)/dθ = +cos θ."));
            Approx.Equal(got, expected, what, "finite differences of (r, θ) ↦ (r·cos θ, r·sin θ)", rtol: 1e-6, atol: 1e-8, hint: hint);
        }
    }

    [Test, Points(1), Task("polar-jacobian")]
    public void PolarJacobian_DeterminantIsR()
    {
        var rng = Seeded.Rng(809);
        for (var k = 0; k < 10; k++)
        {
            double r = rng.Uniform(0.2, 5), t = rng.Uniform(-Math.PI, Math.PI);
            var j = Analytic.PolarToCartesianJacobian(r, t);
            Approx.Shape(j, 2, 2, $"∂(x, y)/∂(r, θ) at r = {Fmt.Num(r)}, θ = {Fmt.Num(t)}");
            var det = j[0, 0] * j[1, 1] - j[0, 1] * j[1, 0];
            var hint = Approx.Close(det, 1, 1e-9)
                ? "Mistake [m02.polar-missing-r]: your determinant is 1: the θ column is missing the factor r. Fix: ∂x/∂θ = −r·sin θ keeps r (that r is why the " +
                  "polar area element is r dr dθ)."
                : Approx.Close(det, -r, 1e-9)
                    ? "Your determinant is −r: two rows or two columns are swapped, or the sign of the θ column slipped."
                    : "det = (∂x/∂r)(∂y/∂θ) − (∂x/∂θ)(∂y/∂r) = r·cos²θ + r·sin²θ = r.";
            Approx.Equal(det, r, $"det ∂(x, y)/∂(r, θ) at r = {Fmt.Num(r)}, θ = {Fmt.Num(t)}", "det = r", rtol: 1e-12, atol: 1e-14, hint: hint);
        }
    }
}
