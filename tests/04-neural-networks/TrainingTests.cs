using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NeuralNetworks.HiddenTests;

[TestFixture]
public class TrainingTests
{
    [Test, Points(2), Task("training")]
    public void Step_MovesEveryParameterAgainstTheGradient()
    {
        var (original, _, _) = Hidden.DeepSquare();
        var rng = Seeded.Rng(505);
        var g = new Gradients(
            original.W.Select(w => w.RowCount == 0 ? Network.Empty : rng.Matrix(w.RowCount, w.ColumnCount, -1, 1)).ToArray(),
            original.B.Select(b => b.RowCount == 0 ? Network.Empty : rng.Matrix(b.RowCount, 1, -1, 1)).ToArray());
        var gBefore = g.Flatten().Select(m => m.Clone()).ToList();
        const double eta = 0.37;
        var net = original.Clone();
        var what = $"Training.Step with learning rate η = {eta} on a {GradientAssert.Describe(net)} network";
        Student.Call(() => Training.Step(net, g, eta), what);

        for (var l = 1; l <= net.L; l++)
            foreach (var (got, before, grad, name) in new[] { (net.W[l], original.W[l], g.DW[l], $"W[{l}]"), (net.B[l], original.B[l], g.DB[l], $"b[{l}]") })
            {
                var expected = before - eta * grad;
                string hint;
                if (Matrices.Same(got, before + eta * grad))
                    hint = "You are climbing: the step is MINUS the gradient, W ← W − η·∂C/∂W (sign flipped).";
                else if (Matrices.Same(got, before - grad))
                    hint = "The learning rate is missing: W ← W − η·∂C/∂W.";
                else if (Matrices.Same(got, before))
                    hint = $"{name} did not change. Step updates the network it is given, every layer's weights AND biases: " +
                           "assign net.W[l] = net.W[l] − η·g.DW[l] (and net.B[l] likewise), or subtract in place.";
                else
                    hint = "Each parameter moves by −η times its own gradient: W[l] ← W[l] − η·DW[l], b[l] ← b[l] − η·DB[l].";
                Approx.Equal(got, expected, $"{what}: {name} after the step", $"{name} − η·∂C/∂{name}", rtol: 1e-12, atol: 1e-14, hint: hint);
            }

        var gAfter = g.Flatten();
        for (var k = 0; k < gAfter.Count; k++)
            Check.That(gAfter[k].Equals(gBefore[k]),
                $"{what} changed the gradients it was given. Compute η·DW[l] into a new matrix instead of scaling DW[l] in place.");
    }

    /// <summary>The reference's final cost for this run (measured; deterministic: full-batch steepest
    /// descent from a seeded network). Any correct solution agrees with it to rounding.</summary>
    private const double ReferenceFinalCost = 0.0159543894645;

    [Test, Points(3), Task("training")]
    public void Train_2000StepsOfSteepestDescentLowerTheCost()
    {
        var (net, x, y) = Hidden.CourseNet();
        const double eta = 3;
        const int steps = 2000;
        var what = $"Training.Train({GradientAssert.Describe(net)} network, heart-curve data N = {x.ColumnCount}, η = {eta}, {steps} steps)";
        var initial = Oracle.Cost(net, x, y);
        var costs = Student.Call(() => Training.Train(net, x, y, eta, steps), what);

        Check.That(costs is not null && costs.Length == steps + 1,
            $"{what} returned {(costs is null ? "null" : costs.Length + " costs")}; expected steps + 1 = {steps + 1}: " +
            "element 0 before the first step, element k after step k.");
        Approx.Equal(costs![0], initial, $"{what}: costs[0]", "the cost of the network before training", rtol: 1e-9, atol: 1e-14,
            hint: "Element 0 is the cost BEFORE the first step, C = ‖A[L] − Y‖²_F / N (if the Cost tests fail, fix those first).");
        var final = Oracle.Cost(net, x, y);
        Check.That(Math.Abs(final - initial) > 1e-12 * initial,
            $"{what} left the network unchanged (its cost is still {Fmt.Num(initial)}). Train must train the network it is " +
            "given, in place: each step computes Backprop(net, X, Y) and applies Step(net, g, η) to that same net.");
        Approx.Equal(costs[steps], final, $"{what}: costs[{steps}]", "the cost of the network as Train left it", rtol: 1e-9, atol: 1e-14,
            hint: "The last element is the cost after the last step, of the trained network.");

        var limit = 1.05 * ReferenceFinalCost;
        if (final <= limit) return;
        var hint = final > initial
            ? "The cost went UP: either the steps climb (a step is MINUS η times the gradient) or they are far too large " +
              "(a gradient N times too large acts like an N times larger η). Check Step and Backprop against their tests."
            : "Steepest descent with this η gets much lower in this many steps: each step must use the full gradient of " +
              "Backprop (see its tests) and move every layer by −η·∂C/∂W, −η·∂C/∂b.";
        Assert.Fail($"{what}: final cost {Fmt.Num(final)} (from {Fmt.Num(initial)}); expected ≤ {Fmt.Num(limit)} " +
                    $"(1.05 × the reference run's {Fmt.Num(ReferenceFinalCost)}). {hint}");
    }
}
