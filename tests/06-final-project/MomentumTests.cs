using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

[TestFixture]
public class MomentumTests
{
    private const string Rule =
        "One momentum step, for every layer l = 1..L: v ← β·v − η·g (VW[l] with DW[l], VB[l] with DB[l]), then θ ← θ + v " +
        "(W[l] with VW[l], B[l] with VB[l]); the velocity is stored back into the Velocity object for the next step.";

    private static Gradients RandomGradients(Network net, Random rng) => new(
        net.W.Select(w => Data.Random(rng, w.RowCount, w.ColumnCount)).ToArray(),
        net.B.Select(b => Vector<double>.Build.Dense(b.Count, _ => rng.Uniform(-1, 1))).ToArray(),
        0.0);

    /// <summary>θ after the given steps of θ ← θ + v with v ← β·v + c·g (c = −η is the rule).</summary>
    private static Network Expected(Network start, IList<Gradients> gs, double lr, double beta, bool keepVelocity = true, double sign = 1, bool biases = true)
    {
        var net = start.Clone();
        var v = Velocity.ZerosLike(net);
        foreach (var g in gs)
        {
            if (!keepVelocity) v = Velocity.ZerosLike(net);
            for (var l = 1; l <= net.L; l++)
            {
                v.VW[l] = beta * v.VW[l] - lr * g.DW[l];
                v.VB[l] = beta * v.VB[l] - lr * g.DB[l];
                net.W[l] = net.W[l] + sign * v.VW[l];
                if (biases) net.B[l] = net.B[l] + sign * v.VB[l];
            }
        }
        return net;
    }

    private static Gradients Copy(Gradients g) =>
        new(g.DW.Select(m => m.Clone()).ToArray(), g.DB.Select(b => b.Clone()).ToArray(), g.Loss);

    private static bool Same(Network a, Network b)
    {
        for (var l = 1; l <= a.L; l++)
        {
            for (var i = 0; i < a.W[l].RowCount; i++)
                for (var j = 0; j < a.W[l].ColumnCount; j++)
                    if (!Approx.Close(a.W[l][i, j], b.W[l][i, j], 1e-10, 1e-12)) return false;
            for (var j = 0; j < a.B[l].Count; j++)
                if (!Approx.Close(a.B[l][j], b.B[l][j], 1e-10, 1e-12)) return false;
        }
        return true;
    }

    [Test, Points(3), Task("momentum")]
    public void MomentumStep_ThreeStepsOfTheHeavyBall()
    {
        var rng = Seeded.Rng(51);
        var start = Network.Create([2, 4, 3, 2], rng);
        var gs = Enumerable.Range(0, 3).Select(_ => RandomGradients(start, rng)).ToList();
        const double lr = 0.07, beta = 0.85;

        var net = start.Clone();
        var v = Velocity.ZerosLike(net);
        for (var k = 0; k < gs.Count; k++)
        {
            // The student gets a copy: expected values come from gs, which nothing the submission does can change.
            var given = Copy(gs[k]);
            Training.MomentumStep(net, given, v, lr, beta);
            var done = gs.Take(k + 1).ToList();
            var expected = Expected(start, done, lr, beta);
            if (Same(net, expected))
            {
                Check.That(Enumerable.Range(1, net.L).All(l => given.DW[l].Equals(gs[k].DW[l]) && given.DB[l].Equals(gs[k].DB[l])),
                    $"MomentumStep with η = {Fmt.Num(lr)}, β = {Fmt.Num(beta)}, step {k + 1}: the weights are right, but " +
                    "Mistake [m06.momentum-mutates-gradient]: the step changed the gradient g it was given (scaled DW[l] or DB[l] in place). Fix: " +
                    "compute η·g into new matrices (learningRate * g.DW[l]); the caller's gradient is only read.");
                continue;
            }

            var what = $"MomentumStep with η = {Fmt.Num(lr)}, β = {Fmt.Num(beta)} on a seeded 2-4-3-2 network, after step {k + 1} of 3 " +
                       "(each step with its own seeded gradient, the velocity starting at zero)";
            string hint;
            if (Same(net, start))
                hint = "Mistake [m06.momentum-not-applied]: the network did not change. Fix: update W[l] and B[l] in place " +
                       "(net.W[l] = net.W[l] + v.VW[l]).";
            else if (Same(net, Expected(start, done, lr, beta, keepVelocity: false)))
                hint = k == 0
                    ? Rule
                    : "Mistake [m06.velocity-not-stored]: from the second step on your update is plain gradient descent: the velocity " +
                      "is not kept between calls. Fix: store the new velocity in v.VW[l] and v.VB[l] so the next step starts from it.";
            else if (Same(net, Expected(start, done, lr, beta, sign: -1)))
                hint = "Mistake [m06.momentum-climbs]: the step points uphill (θ ← θ − v with v = β·v − η·g). Fix: " + Rule;
            else if (Same(net, Expected(start, done, lr, beta, biases: false)))
                hint = "Mistake [m06.momentum-biases-skipped]: the biases B[l] were not updated. Fix: " + Rule;
            else if (Same(net, Expected(start, done, lr, 1 - beta)))
                hint = "Mistake [m06.momentum-one-minus-beta]: you used 1 − β as the momentum coefficient. Fix: β multiplies the old velocity. " + Rule;
            else hint = Rule;
            Assert.Fail(Describe(net, expected, what) + " " + hint);
        }
    }

    private static string Describe(Network got, Network expected, string what)
    {
        for (var l = 1; l <= got.L; l++)
        {
            for (var i = 0; i < got.W[l].RowCount; i++)
                for (var j = 0; j < got.W[l].ColumnCount; j++)
                    if (!Approx.Close(got.W[l][i, j], expected.W[l][i, j], 1e-10, 1e-12))
                        return Approx.Message($"{what}: W[{l}][{i},{j}]", expected.W[l][i, j], got.W[l][i, j], "θ + v with v ← β·v − η·g", null);
            for (var j = 0; j < got.B[l].Count; j++)
                if (!Approx.Close(got.B[l][j], expected.B[l][j], 1e-10, 1e-12))
                    return Approx.Message($"{what}: B[{l}][{j}]", expected.B[l][j], got.B[l][j], "θ + v with v ← β·v − η·g", null);
        }
        return what + ":";
    }
}
