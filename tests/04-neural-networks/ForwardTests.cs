using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NeuralNetworks.HiddenTests;

[TestFixture]
public class ForwardTests
{
    [Test, Points(1), Task("forward")]
    public void Forward_CacheHasEveryLayerWithOneColumnPerSample()
    {
        foreach (var (net, x, _) in new[] { Hidden.Random3542(), Hidden.CourseNet() })
        {
            var what = $"Backpropagation.Forward on a {GradientAssert.Describe(net)} network with N = {x.ColumnCount} samples";
            var cache = Student.Call(() => Backpropagation.Forward(net, x), what);
            if (cache is null || cache.Z is null || cache.A is null)
            {
                Assert.Fail($"{what} returned no cache (null).");
                return;
            }
            foreach (var (array, name) in new[] { (cache.Z, "Z"), (cache.A, "A") })
                Check.That(array.Length == net.L + 1,
                    $"{what}: cache.{name} has {array.Length} entries; expected L + 1 = {net.L + 1}. Index l is layer l as in the " +
                    "maths: A[0] = X is the input layer, and Z[l], A[l] for l = 1..L are the layers with weights (Z[0] is unused).");
            Check.That(cache.A[0] is not null && cache.A[0].RowCount == x.RowCount && cache.A[0].ColumnCount == x.ColumnCount,
                $"{what}: A[0] must be the input X itself ({Fmt.Shape(x)}).");
            Approx.Equal(cache.A[0], x, $"{what}: A[0]", "the input X", rtol: 0, atol: 0, hint: "A[0] is the input X, unchanged.");
            for (var l = 1; l <= net.L; l++)
                foreach (var (m, name) in new[] { (cache.Z[l], $"Z[{l}]"), (cache.A[l], $"A[{l}]") })
                    Approx.Shape(m, net.Sizes[l], x.ColumnCount, $"{what}: {name} (n_{l} × N)",
                        "That is the transpose: samples are the COLUMNS, so every layer's Z and A have one row per neuron and one column per sample.");
        }
    }

    [Test, Points(2), Task("forward")]
    public void Forward_ComputesZFromThePreviousLayerAndSigmaInEveryLayer()
    {
        foreach (var (net, x, _) in new[] { Hidden.CourseNet(), Hidden.DeepSquare() })
        {
            var what = $"Backpropagation.Forward on a {GradientAssert.Describe(net)} network with N = {x.ColumnCount} samples";
            var cache = Student.Call(() => Backpropagation.Forward(net, x), what);
            var (z, a) = Oracle.Forward(net, x);
            for (var l = 1; l <= net.L; l++)
            {
                Approx.Shape(cache.Z[l], net.Sizes[l], x.ColumnCount, $"{what}: Z[{l}]");
                var noBias = net.W[l] * a[l - 1];
                var zHint = ZHint(cache.Z[l], z[l], a[l], noBias, l);
                Approx.Equal(cache.Z[l], z[l], $"{what}: Z[{l}]", $"W[{l}]·A[{l - 1}] + b[{l}]", rtol: 1e-10, atol: 1e-12, hint: zHint);
                Approx.Shape(cache.A[l], net.Sizes[l], x.ColumnCount, $"{what}: A[{l}]");
                var aHint = Matrices.Same(cache.A[l], z[l])
                    ? $"A[{l}] equals Z[{l}]: σ was not applied. Every layer is logistic, the output layer too: A[l] = σ(Z[l]) (Activation.Sigma)."
                    : $"A[{l}] = σ(Z[{l}]) entrywise (Activation.Sigma).";
                Approx.Equal(cache.A[l], a[l], $"{what}: A[{l}]", $"σ(Z[{l}])", rtol: 1e-10, atol: 1e-12, hint: aHint);
            }
        }
    }

    private static string ZHint(Matrix<double> got, Matrix<double> z, Matrix<double> a, Matrix<double> noBias, int l)
    {
        if (Matrices.Same(got, noBias))
            return $"The bias is missing: Z[{l}] = W[{l}]·A[{l - 1}] + b[{l}], with the column b[{l}] added to every sample's column.";
        if (Matrices.Same(got, a))
            return $"This is σ(Z[{l}]), the activation: Z[{l}] is the weighted sum BEFORE σ. Keep both; backprop needs σ′(Z[l]).";
        return $"Z[{l}] = W[{l}]·A[{l - 1}] + b[{l}] (b added to every column), using the previous layer's activation A[{l - 1}].";
    }
}
