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

        // Expected values come from the copy taken before the call: a Step that scales g in place
        // must not move the yardstick (and must not be blamed for a missing learning rate).
        for (var l = 1; l <= net.L; l++)
            foreach (var (got, before, grad, name) in new[] { (net.W[l], original.W[l], gBefore[l - 1], $"W[{l}]"), (net.B[l], original.B[l], gBefore[net.L + l - 1], $"b[{l}]") })
            {
                var expected = before - eta * grad;
                string hint;
                if (Matrices.Same(got, before + eta * grad))
                    hint = "Mistake [m04.step-climbs]: you are climbing (sign flipped). Fix: the step is MINUS the gradient, W ← W − η·∂C/∂W.";
                else if (Matrices.Same(got, before - grad))
                    hint = "Mistake [m04.step-learning-rate-missing]: the learning rate is missing. Fix: W ← W − η·∂C/∂W.";
                else if (Matrices.Same(got, before))
                    hint = $"Mistake [m04.step-not-applied]: {name} did not change. Fix: Step updates the network it is given, every layer's " +
                           "weights AND biases: assign net.W[l] = net.W[l] − η·g.DW[l] (and net.B[l] likewise), or subtract in place.";
                else
                    hint = "Each parameter moves by −η times its own gradient: W[l] ← W[l] − η·DW[l], b[l] ← b[l] − η·DB[l].";
                Approx.Equal(got, expected, $"{what}: {name} after the step", $"{name} − η·∂C/∂{name}", rtol: 1e-12, atol: 1e-14, hint: hint);
            }

        var gAfter = g.Flatten();
        for (var k = 0; k < gAfter.Count; k++)
            Check.That(gAfter[k].Equals(gBefore[k]),
                $"{what}: the weights are right, but Mistake [m04.step-mutates-gradient]: Step changed the gradients it was given (scaled " +
                "DW[l] or DB[l] in place). Fix: compute η·DW[l] into a new matrix (learningRate * g.DW[l]) instead of scaling DW[l] in place.");
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
        var costs = Student.Call(() => Training.Train(net, x.Clone(), y.Clone(), eta, steps), what);

        Check.That(costs is not null && costs.Length == steps + 1,
            $"{what} returned {(costs is null ? "null" : costs.Length + " costs")}; expected steps + 1 = {steps + 1}: " +
            "element 0 before the first step, element k after step k." +
            (costs is not null && Math.Abs(costs.Length - (steps + 1)) == 1
                ? " Mistake [m04.train-cost-count]: one cost too " + (costs.Length > steps + 1 ? "many" : "few") + ". Fix: return steps + 1 " +
                  "costs, the first before any step."
                : ""));
        Approx.Equal(costs![0], initial, $"{what}: costs[0]", "the cost of the network before training", rtol: 1e-9, atol: 1e-14,
            hint: "Element 0 is the cost BEFORE the first step, C = ‖A[L] − Y‖²_F / N (if the Cost tests fail, fix those first).");
        var final = Oracle.Cost(net, x, y);
        Check.That(Math.Abs(final - initial) > 1e-12 * initial,
            $"{what}: Mistake [m04.train-not-in-place]: Train left the network it was given unchanged (its cost is still " +
            $"{Fmt.Num(initial)}), so it trained a copy or nothing. Fix: train the network it is given, in place: each step computes " +
            "Backprop(net, X, Y) and applies Step(net, g, η) to that same net.");
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

    [Test, Points(1), Task("training")]
    public void Train_FollowsFullBatchStepsExactly()
    {
        var (net, x, y) = Hidden.DeepSquare();
        const double eta = 0.8;
        var what = $"Training.Train({GradientAssert.Describe(net)} network, N = {x.ColumnCount}, η = {eta}";

        // steps = 0: no step at all, one cost.
        var zero = Student.Call(() => Training.Train(net.Clone(), x.Clone(), y.Clone(), eta, 0), what + ", 0 steps)");
        Check.That(zero is not null && zero.Length == 1 && Approx.Close(zero[0], Oracle.Cost(net, x, y), 1e-9, 1e-14),
            $"{what}, 0 steps) returned {(zero is null ? "null" : Fmt.Point(zero))}; expected one cost, {Fmt.Num(Oracle.Cost(net, x, y))}, " +
            "the cost of the untouched network (steps + 1 = 1 values).");

        const int steps = 3;
        var (costs, trained) = Oracle.Train(net, x, y, eta, steps);
        var copy = net.Clone();
        var got = Student.Call(() => Training.Train(copy, x.Clone(), y.Clone(), eta, steps), what + $", {steps} steps)");
        Check.That(got is not null && got.Length == steps + 1, $"{what}, {steps} steps) returned {(got is null ? "null" : got.Length + " costs")}; " +
                                                               $"expected steps + 1 = {steps + 1}.");
        var fused = Oracle.Train(net, x, y, eta, steps, fused: true);
        for (var k = 0; k <= steps; k++)
        {
            if (Approx.Close(got![k], costs[k], 1e-9, 1e-14)) continue;
            var hint = Approx.Close(got[k], fused.Costs[k], 1e-9, 1e-14)
                ? "Mistake [m04.update-before-all-gradients]: your steps match updating each layer as soon as its gradient is known, so " +
                  "the layers below are differentiated through the NEW W[l]. Fix: compute the whole gradient first, g = Backprop(net, X, Y), " +
                  "then apply Step(net, g, η) to every layer."
                : "Each step is Step(net, Backprop(net, X, Y), η): the full gradient at the current weights, then one update of every " +
                  "layer (if the Backprop or Step tests fail, fix those first).";
            Assert.Fail(Approx.Message($"{what}, {steps} steps): costs[{k}]", costs[k], got[k], "the tests' own full-batch steepest descent", hint));
        }
        for (var l = 1; l <= net.L; l++)
            Check.That(Oracle.NormRelative(copy.W[l], trained.W[l]) < 1e-9 && Oracle.NormRelative(copy.B[l], trained.B[l]) < 1e-9,
                $"{what}, {steps} steps): the costs are right but W[{l}] or b[{l}] of the network after Train is not the one {steps} steps " +
                "give: Train must leave the trained weights in the network it was given.");
    }
}
