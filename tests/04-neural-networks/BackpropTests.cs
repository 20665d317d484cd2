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
                    $"{what} changed the network's W[{l}] or b[{l}]. Backprop only computes the gradient; the training step changes the network.");
            Check.That(x.Equals(x0) && y.Equals(y0), $"{what} changed X or Y. Leave the data as it was given.");
        }
    }

    [Test, Points(3), Task("backprop")]
    public void Backprop_MatchesFiniteDifferences_CourseNetwork1672_HeartData()
    {
        var (net, x, y) = Hidden.CourseNet();
        var what = What(net, x, ", heart-curve data");
        GradientAssert.All(Student.Call(() => Backpropagation.Backprop(net, x, y), what), net, x, y, what);
    }

    [Test, Points(2), Task("backprop")]
    public void Backprop_MatchesFiniteDifferences_Random3542()
    {
        var (net, x, y) = Hidden.Random3542();
        var what = What(net, x, ", random data");
        GradientAssert.All(Student.Call(() => Backpropagation.Backprop(net, x, y), what), net, x, y, what);
    }

    [Test, Points(2), Task("backprop")]
    public void Backprop_MatchesFiniteDifferences_FourLayersWithSquareHiddenLayers()
    {
        var (net, x, y) = Hidden.DeepSquare();
        var what = What(net, x, " (L = 4; W[2], W[3], W[4] square)");
        GradientAssert.All(Student.Call(() => Backpropagation.Backprop(net, x, y), what), net, x, y, what);
    }

    [Test, Points(2), Task("backprop")]
    public void Backprop_DuplicatingEverySampleLeavesTheGradientUnchanged()
    {
        var (net, x, y) = Hidden.Random3542();
        var what = What(net, x);
        var once = Student.Call(() => Backpropagation.Backprop(net, x, y), what);
        GradientAssert.Layout(once, net, x.ColumnCount, what);
        var twice = Student.Call(() => Backpropagation.Backprop(net, Hidden.Twice(x), Hidden.Twice(y)), what + " (every sample twice)");
        GradientAssert.Layout(twice, net, 2 * x.ColumnCount, what + " (every sample twice)");
        var a = once.Flatten();
        var b = twice.Flatten();
        for (var k = 0; k < a.Count; k++)
        {
            var name = k < net.L ? $"DW[{k + 1}]" : $"DB[{k - net.L + 1}]";
            if (Oracle.NormRelative(b[k], a[k]) < 1e-8) continue;
            var hint = Matrices.Same(b[k], 2 * a[k])
                ? "It doubled: your gradient sums over the samples instead of averaging (summing instead of averaging over " +
                  "the batch). The cost is a mean over the N samples, so its gradient is too: divide DW[l] and DB[l] by N."
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

        var got = Student.Call(() => Backpropagation.Backprop(net, x, y), what);
        GradientAssert.Layout(got, net, x.ColumnCount, what);
        var truth = Oracle.Backprop(net, x, y);
        for (var l = 2; l >= 1; l--)
            foreach (var (g, t, name, slipOf) in new (Matrix<double>, Matrix<double>, string, Func<Gradients, Matrix<double>>)[]
                     { (got.DW[l], truth.DW[l], $"DW[{l}]", gg => gg.DW[l]), (got.DB[l], truth.DB[l], $"DB[{l}]", gg => gg.DB[l]) })
            {
                var error = Oracle.NormRelative(g, t);
                if (error < 1e-8) continue;
                var slips = GradientAssert.Recognise(g, t, s => slipOf(Oracle.Backprop(net, x, y, s)));
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
