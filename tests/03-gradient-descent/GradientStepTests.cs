using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace GradientDescent.HiddenTests;

[TestFixture]
public class GradientStepTests
{
    public const string Climbing =
        "Mistake [m03.sign-climbing]: You are climbing: you added the gradient. ∇f points uphill. Fix: a descent step goes against it: x − γ·∇f.";

    [Test, Points(1), Task("gradient-step")]
    public void GradientDescentStep_IsXMinusGammaTimesGradient()
    {
        var rng = Seeded.Rng(101);
        for (var k = 0; k < 6; k++)
        {
            var n = 2 + k % 3;
            var x = rng.Vector(n, -2, 2);
            var g = rng.Vector(n, -3, 3);
            var gamma = rng.Uniform(0.05, 0.9);
            // Expected values and wrong candidates from copies taken BEFORE the call: a step that
            // writes into x or ∇f must not shift what it is compared with.
            var expected = x - gamma * g;
            (x, g) = (x.Clone(), g.Clone());
            var got = Steps.GradientDescentStep(x.Clone(), g.Clone(), gamma);
            var hint = Diagnose.Pick(got, expected, "The new point is x − γ·∇f(x).",
                (x + gamma * g, Climbing),
                (-gamma * g, "Mistake [m03.step-returned]: you returned the step −γ·∇f itself. Fix: return the new point x − γ·∇f."),
                (x - g, "Mistake [m03.gamma-missing]: γ is missing. Fix: the step is x − γ·∇f, the gradient scaled by the step size γ."),
                (x - g / gamma, "Mistake [m03.divides-by-gamma]: you divided by γ. Fix: the step is x − γ·∇f, the gradient multiplied by γ."));
            Check.That(got is not null && got.Count == n,
                $"Steps.GradientDescentStep for x of length {n} returned {(got is null ? "null" : $"a vector of length {got.Count}")}.");
            Approx.Equal(got!, expected, $"Steps.GradientDescentStep(x = {Fmt.Point(x)}, ∇f = {Fmt.Point(g)}, γ = {Fmt.Num(gamma)})",
                "x − γ·∇f", rtol: 1e-14, atol: 1e-15, hint: hint);
        }
    }

    [Test, Points(1), Task("gradient-step")]
    public void GradientDescentStep_LeavesItsInputsUnchanged()
    {
        var rng = Seeded.Rng(103);
        var x = rng.Vector(3, -1, 1);
        var g = rng.Vector(3, -1, 1);
        double[] xBefore = x.ToArray(), gBefore = g.ToArray();
        var expected = x - 0.1 * g;
        var got = Steps.GradientDescentStep(x, g, 0.1);
        Check.That(x.ToArray().SequenceEqual(xBefore) && g.ToArray().SequenceEqual(gBefore),
            $"Mistake [m03.mutates-arguments]: Steps.GradientDescentStep changed its arguments: x was {Fmt.Point(xBefore)} and is {Fmt.Point(x)}, ∇f was " +
            $"{Fmt.Point(gBefore)} and is {Fmt.Point(g)}. Fix: return a new vector (x - gamma * grad creates one) and leave the " +
            "caller's vectors alone: the optimiser still needs x_k after computing x_{k+1}.");
        // It must still take a step (either sign: the sign has its own test), so returning x untouched, or
        // zeros, does not earn this point.
        var climbed = Functions.Vec(xBefore) + 0.1 * Functions.Vec(gBefore);
        Check.That(got is not null && (Diagnose.AllClose(got, expected, 1e-12, 1e-15) || Diagnose.AllClose(got, climbed, 1e-12, 1e-15)),
            $"Steps.GradientDescentStep(x = {Fmt.Point(xBefore)}, ∇f = {Fmt.Point(gBefore)}, γ = 0.1) returned {(got is null ? "null" : Fmt.Point(got))}; " +
            $"expected the new point x − γ·∇f = {Fmt.Point(expected)}.");
    }
}
