using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace MultivariateCalculus.HiddenTests;

[TestFixture]
public class DirectionalDerivativeTests
{
    private const string NotNormalised =
        "Mistake [m02.direction-not-normalised]: the direction was not normalised; the directional derivative is ∇f · û with the UNIT vector " +
        "û = v / ‖v‖. Fix: divide by the direction's length (v.L2Norm()) first.";

    private static string Hint(double actual, double expected, Vector<double> g, Vector<double> v)
    {
        var length = v.L2Norm();
        return Diagnose.Pick(actual, expected, "Return ∇f · v / ‖v‖ (the gradient dotted with the unit direction).",
            (g.DotProduct(v), NotNormalised),
            (g.DotProduct(v) / (length * length), "Mistake [m02.direction-divided-by-norm-squared]: you divided by ‖v‖². Fix: divide by the length ‖v‖ once (û = v / ‖v‖)."),
            (g.DotProduct(v) / v.L1Norm(), "Mistake [m02.direction-l1-norm]: you normalised with the 1-norm (sum of |v_i|). Fix: use the Euclidean length ‖v‖ = √(Σ v_i²)."),
            (g.L2Norm(), "Mistake [m02.directional-returns-gradient-norm]: you returned ‖∇f‖, which is only the value along the steepest direction. Fix: compute ∇f · v / ‖v‖."));
    }

    [Test, Points(1), Task("directional-derivative")]
    public void DirectionalDerivative_IsGradientDotUnitDirection()
    {
        var rng = Seeded.Rng(601);
        for (var k = 0; k < 8; k++)
        {
            var n = 2 + k % 3;
            var g = rng.Vector(n, -3, 3);
            var v = rng.Vector(n, -2, 2) * (k + 1);
            var got = Analytic.DirectionalDerivative(g, v);
            var expected = g.DotProduct(v) / v.L2Norm();
            Approx.Equal(got, expected, $"directional derivative for ∇f = {Fmt.Point(g)} along v = {Fmt.Point(v)}",
                "∇f · v/‖v‖", rtol: 1e-12, atol: 1e-13, hint: Hint(got, expected, g, v));
        }
    }

    [Test, Points(1), Task("directional-derivative")]
    public void DirectionalDerivative_IsInvariantToScalingTheDirection()
    {
        var rng = Seeded.Rng(607);
        for (var k = 0; k < 4; k++)
        {
            var g = rng.Vector(3, -3, 3);
            var v = rng.Vector(3, -1, 1);
            var baseline = Analytic.DirectionalDerivative(g, v);
            // The baseline must be right too: an answer that ignores v (0, or ‖∇f‖) is trivially "invariant".
            Approx.Equal(baseline, g.DotProduct(v) / v.L2Norm(), $"directional derivative for ∇f = {Fmt.Point(g)} along v = {Fmt.Point(v)}",
                "∇f · v/‖v‖", rtol: 1e-12, atol: 1e-13, hint: Hint(baseline, g.DotProduct(v) / v.L2Norm(), g, v));
            foreach (var s in new[] { 3.0, 0.25, 1000.0 })
            {
                var scaled = Analytic.DirectionalDerivative(g, s * v);
                var ratio = baseline == 0 ? double.NaN : scaled / baseline;
                Approx.Equal(scaled, baseline, $"directional derivative for ∇f = {Fmt.Point(g)} along {Fmt.Num(s)}·v, v = {Fmt.Point(v)}",
                    "the value along v itself: only the direction counts, not the length", rtol: 1e-12, atol: 1e-13,
                    hint: Approx.Close(ratio, s, 1e-6) || Approx.Close(ratio, s * s, 1e-6)
                        ? $"Scaling the direction by {Fmt.Num(s)} scaled your answer by {Fmt.Num(ratio)}. " + NotNormalised
                        : Approx.Close(ratio, 1 / s, 1e-6)
                            ? $"Scaling the direction by {Fmt.Num(s)} scaled your answer by 1/{Fmt.Num(s)}. Mistake [m02.direction-divided-by-norm-squared]: you divided by ‖v‖². " +
                              "Fix: divide by the length ‖v‖ once (û = v / ‖v‖)."
                            : "Normalise the direction to unit length first (û = v / ‖v‖), then take ∇f · û.");
            }
        }
    }

    [Test, Points(1), Task("directional-derivative")]
    public void DirectionalDerivative_PeaksAlongTheGradientAtItsNorm()
    {
        var rng = Seeded.Rng(613);
        for (var k = 0; k < 3; k++)
        {
            var g = rng.Vector(2, -4, 4);
            var norm = g.L2Norm();
            var at = $"∇f = {Fmt.Point(g)}";
            var along = Analytic.DirectionalDerivative(g, g);
            Approx.Equal(along, norm, $"directional derivative along ∇f itself, {at}", "‖∇f‖, the steepest slope", rtol: 1e-12, atol: 1e-13,
                hint: Hint(along, norm, g, g));
            var against = Analytic.DirectionalDerivative(g, -2 * g);
            Approx.Equal(against, -norm, $"directional derivative along −2∇f, {at}", "−‖∇f‖, the steepest descent", rtol: 1e-12, atol: 1e-13,
                hint: Hint(against, -norm, g, -2 * g));
            var across = Analytic.DirectionalDerivative(g, Vector<double>.Build.DenseOfArray([-g[1], g[0]]));
            Approx.Equal(across, 0, $"directional derivative perpendicular to ∇f, {at}", "0: f does not change along a level curve", atol: 1e-12);
            for (var a = 0; a < 72; a++)
            {
                var angle = 2 * Math.PI * a / 72;
                var u = Vector<double>.Build.DenseOfArray([Math.Cos(angle), Math.Sin(angle)]);
                var d = Analytic.DirectionalDerivative(g, u);
                Check.That(double.IsFinite(d) && d <= norm * (1 + 1e-12),
                    $"directional derivative for {at} along the unit vector {Fmt.Point(u)} is {Fmt.Num(d)}, larger than ‖∇f‖ = {Fmt.Num(norm)}; " +
                    "no direction can be steeper than the gradient's (|∇f · û| ≤ ‖∇f‖·‖û‖).");
            }
        }
    }

    [Test, Points(1), Task("directional-derivative")]
    public void DirectionalDerivative_RejectsTheZeroVector()
    {
        var g = Vector<double>.Build.DenseOfArray([1.5, -0.5, 2.0]);
        // A method that throws for every input must not earn this point: a non-zero direction first.
        var v = Vector<double>.Build.DenseOfArray([0.2, 0.7, -0.4]);
        Approx.Equal(Analytic.DirectionalDerivative(g, v), g.DotProduct(v) / v.L2Norm(), $"directional derivative for ∇f = {Fmt.Point(g)} along {Fmt.Point(v)}",
            "∇f · v/‖v‖, roughly", rtol: 0.9, atol: 1e-13);
        var zero = Vector<double>.Build.Dense(3);
        string? problem = null;
        try
        {
            var value = Analytic.DirectionalDerivative(g, zero);
            problem = $"returned {Fmt.Num(value)}";
        }
        catch (ArgumentException)
        {
        }
        catch (NotImplementedException)
        {
            throw;
        }
        catch (Exception e)
        {
            problem = $"threw {e.GetType().Name}";
        }
        Check.That(problem is null,
            $"Mistake [m02.zero-direction-not-rejected]: Analytic.DirectionalDerivative(∇f, zero vector) {problem}; expected an ArgumentException: the zero vector has no " +
            "direction, so û = v / ‖v‖ is undefined. Fix: check ‖v‖ == 0 first and throw new ArgumentException(...).");
    }
}
