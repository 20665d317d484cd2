using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NeuralNetworks.HiddenTests;

[TestFixture]
public class BackpropTests
{
    private static string What(Network net, Matrix<double> x, string data = "") =>
        $"Backpropagation.Backprop on a {GradientAssert.Describe(net)} network{data}, N = {x.ColumnCount}";

    [Test, Points(2), Task("backprop")]
    public void Backprop_GradientsHaveTheShapesOfWAndB()
    {
        foreach (var (net, x, y) in new[] { Hidden.Random3542(), Hidden.CourseNet(), Hidden.DeepSquare() })
        {
            var what = What(net, x);
            var before = net.Clone();
            var (x0, y0) = (x.Clone(), y.Clone());
            var got = Student.Call(() => Backpropagation.Backprop(net, x, y), what);
            GradientAssert.Layout(got, net, x.ColumnCount, what);
            for (var l = 1; l <= net.L; l++)
                Check.That(net.W[l].Equals(before.W[l]) && net.B[l].Equals(before.B[l]),
                    $"{what}: Mistake [m04.backprop-mutates-input]: Backprop changed the network's W[{l}] or b[{l}]. Fix: Backprop only " +
                    "computes the gradient (build new matrices); the training step is what changes the network.");
            Check.That(x.Equals(x0) && y.Equals(y0),
                $"{what}: Mistake [m04.backprop-mutates-input]: Backprop changed X or Y. Fix: leave the data as it was given; compute into new matrices.");
            // Right-shaped zeros compute nothing: on these networks and data no gradient entry block is all zero.
            Check.That(got.Flatten().Any(m => m.Enumerate().Any(v => v != 0)),
                $"{what}: every entry of DW and DB is 0, which is the gradient only at a stationary point; this network is not at one " +
                "(its central differences are far from 0). Compute the gradient: " + GradientAssert.Recipe);
        }
    }

    [Test, Points(3), Task("backprop")]
    public void Backprop_MatchesFiniteDifferences_CourseNetwork1672_HeartData()
    {
        var (net, x, y) = Hidden.CourseNet();
        GradientErrorPlot.Record(net, x, y);
        var what = What(net, x, ", heart-curve data");
        GradientAssert.All(net, x, y, what);
    }

    [Test, Points(2), Task("backprop")]
    public void Backprop_MatchesFiniteDifferences_Random3542()
    {
        var (net, x, y) = Hidden.Random3542();
        var what = What(net, x, ", random data");
        GradientAssert.All(net, x, y, what);
    }

    [Test, Points(2), Task("backprop")]
    public void Backprop_MatchesFiniteDifferences_FourLayersWithSquareHiddenLayers()
    {
        var (net, x, y) = Hidden.DeepSquare();
        var what = What(net, x, " (L = 4; W[2], W[3], W[4] square)");
        GradientAssert.All(net, x, y, what);
    }

    [Test, Points(2), Task("backprop")]
    public void Backprop_DuplicatingEverySampleLeavesTheGradientUnchanged()
    {
        var (net, x, y) = Hidden.Random3542();
        var what = What(net, x);
        var once = Student.Call(() => Backpropagation.Backprop(net.Clone(), x.Clone(), y.Clone()), what);
        GradientAssert.Layout(once, net, x.ColumnCount, what);
        var twice = Student.Call(() => Backpropagation.Backprop(net.Clone(), Hidden.Twice(x), Hidden.Twice(y)), what + " (every sample twice)");
        GradientAssert.Layout(twice, net, 2 * x.ColumnCount, what + " (every sample twice)");
        var a = once.Flatten();
        var b = twice.Flatten();
        // A gradient that does not depend on the data is trivially unchanged by duplicating it.
        var shifted = Student.Call(() => Backpropagation.Backprop(net.Clone(), x.Clone(), y.Map(v => 1 - v)), what + " (targets 1 − Y)");
        Check.That(shifted is not null && shifted.DW is not null && Oracle.NormRelative(shifted.Flatten(), a) > 1e-6,
            $"{what}: the gradient is the same for targets Y and 1 − Y; the gradient of the cost depends on the targets (δL = 2(A[L] − Y) ⊙ σ′(Z[L])). " +
            "Compute it from X and Y: " + GradientAssert.Recipe);
        for (var k = 0; k < a.Count; k++)
        {
            var name = k < net.L ? $"DW[{k + 1}]" : $"DB[{k - net.L + 1}]";
            if (Oracle.NormRelative(b[k], a[k]) < 1e-8) continue;
            var hint = Matrices.Same(b[k], 2 * a[k])
                ? "Mistake [m04.sum-not-mean]: it doubled: your gradient sums over the samples instead of averaging (summing instead " +
                  "of averaging over the batch). Fix: the cost is a mean over the N samples, so its gradient is too: divide DW[l] and DB[l] by N."
                : "A mean over the samples does not change when every sample appears twice; something in your gradient depends on N.";
            Assert.Fail($"{what}: {name} with every sample (column of X and Y) duplicated, N = {2 * x.ColumnCount}, differs from " +
                        $"{name} for the original N = {x.ColumnCount} samples: norm-relative difference {Fmt.Num(Oracle.NormRelative(b[k], a[k]))}. {hint}");
        }
    }

    /// <summary>~100k parameters: backprop costs about three forward passes (milliseconds), while
    /// finite differences would need ~200k forward passes (many minutes), far past the time limit.</summary>
    [Test, Points(2), Task("backprop")]
    public void Backprop_784x128x10Network_Batch64_IsFastAndExact()
    {
        var rng = Seeded.Rng(784);
        int[] sizes = [784, 128, 10];
        var layers = new (Matrix<double>, Matrix<double>)[2];
        for (var l = 1; l <= 2; l++)
        {
            // Weights of size ~1/√n_{l−1} keep the weighted sums O(1): σ is not saturated, gradients are not tiny.
            var scale = Math.Sqrt(3.0 / sizes[l - 1]);
            layers[l - 1] = (rng.Matrix(sizes[l], sizes[l - 1], -scale, scale), rng.Matrix(sizes[l], 1, -0.5, 0.5));
        }
        var net = new Network(layers);
        var x = rng.Matrix(784, 64, 0, 1);
        var y = rng.Matrix(10, 64, 0, 1);
        var what = What(net, x, " (101,770 parameters)");

        var truth = Oracle.Backprop(net, x, y);
        var got = Student.Call(() => Backpropagation.Backprop(net.Clone(), x.Clone(), y.Clone()), what);
        GradientAssert.Layout(got, net, x.ColumnCount, what);
        var probe = GradientAssert.BackpropProbe();
        for (var l = 2; l >= 1; l--)
            foreach (var (g, t, name, slipOf) in new (Matrix<double>, Matrix<double>, string, Func<Gradients, Matrix<double>>)[]
                     { (got.DW[l], truth.DW[l], $"DW[{l}]", gg => gg.DW[l]), (got.DB[l], truth.DB[l], $"DB[{l}]", gg => gg.DB[l]) })
            {
                var error = Oracle.NormRelative(g, t);
                if (error < 1e-8) continue;
                var slips = GradientAssert.Narrow(GradientAssert.Recognise(g, t, s => slipOf(Oracle.Backprop(net, x, y, s))), probe);
                Assert.Fail($"{what}: {name} differs from the tests' own backpropagation (checked against finite differences on " +
                            $"the smaller networks): norm-relative error {Fmt.Num(error)} (must be < 1e-8). {GradientAssert.Hint(slips, net, x.ColumnCount)}");
            }

        // A few entries against the tests' own central differences as well.
        foreach (var (p, grad, i, j, name) in new[]
                 {
                     (net.W[1], got.DW[1], 17, 401, "DW[1]"), (net.W[1], got.DW[1], 127, 783, "DW[1]"),
                     (net.B[1], got.DB[1], 64, 0, "DB[1]"), (net.W[2], got.DW[2], 9, 100, "DW[2]"),
                 })
        {
            var saved = p[i, j];
            double up = saved + 1e-5, down = saved - 1e-5;
            p[i, j] = up;
            var cUp = Oracle.Cost(net, x, y);
            p[i, j] = down;
            var cDown = Oracle.Cost(net, x, y);
            p[i, j] = saved;
            Approx.Equal(grad[i, j], (cUp - cDown) / (up - down), $"{what}: {name}[{i},{j}]", "central finite difference, h = 1e-5",
                rtol: 1e-5, atol: 1e-10);
        }
    }
}
