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
            var x0 = x.Clone();
            var cache = Student.Call(() => Backpropagation.Forward(net, x), what);
            Check.That(x.Equals(x0), $"{what}: Mistake [m04.forward-mutates-input]: Forward changed the X it was given. Fix: compute " +
                                     "Z[l] and A[l] into new matrices; A[0] is X as given.");
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
                        "Mistake [m04.forward-transposed]: that is the transpose. Fix: samples are the COLUMNS, so every layer's Z and A " +
                        "have one row per neuron and one column per sample.");
            // Right-shaped zeros compute nothing: σ(z) lies strictly between 0 and 1, and these samples differ.
            for (var l = 1; l <= net.L; l++)
                Check.That(cache.A[l].Enumerate().All(v => v > 0 && v < 1) && cache.A[l].Enumerate().Distinct().Count() > 1,
                    $"{what}: A[{l}] must be σ(Z[{l}]), whose entries lie strictly between 0 and 1 and differ from sample to sample; got " +
                    $"entries from {Fmt.Num(cache.A[l].Enumerate().Min())} to {Fmt.Num(cache.A[l].Enumerate().Max())}. Compute " +
                    $"Z[{l}] = W[{l}]·A[{l - 1}] + b[{l}] and A[{l}] = σ(Z[{l}]).");
        }
    }

    [Test, Points(2), Task("forward")]
    public void Forward_ComputesZFromThePreviousLayerAndSigmaInEveryLayer()
    {
        foreach (var (net, x, _) in new[] { Hidden.CourseNet(), Hidden.DeepSquare() })
        {
            var what = $"Backpropagation.Forward on a {GradientAssert.Describe(net)} network with N = {x.ColumnCount} samples";
            var (z, a) = Oracle.Forward(net, x);
            var cache = Student.Call(() => Backpropagation.Forward(net.Clone(), x.Clone()), what);
            for (var l = 1; l <= net.L; l++)
            {
                Approx.Shape(cache.Z[l], net.Sizes[l], x.ColumnCount, $"{what}: Z[{l}]");
                var noBias = net.W[l] * a[l - 1];
                var zHint = ZHint(cache.Z[l], z[l], a[l], noBias, l);
                Approx.Equal(cache.Z[l], z[l], $"{what}: Z[{l}]", $"W[{l}]·A[{l - 1}] + b[{l}]", rtol: 1e-10, atol: 1e-12, hint: zHint);
                Approx.Shape(cache.A[l], net.Sizes[l], x.ColumnCount, $"{what}: A[{l}]");
                var aHint = Matrices.Same(cache.A[l], z[l])
                    ? $"Mistake [m04.forward-sigma-missing]: A[{l}] equals Z[{l}]: σ was not applied. Fix: every layer is logistic, the " +
                      "output layer too: A[l] = σ(Z[l]) (Activation.Sigma)."
                    : $"A[{l}] = σ(Z[{l}]) entrywise (Activation.Sigma).";
                Approx.Equal(cache.A[l], a[l], $"{what}: A[{l}]", $"σ(Z[{l}])", rtol: 1e-10, atol: 1e-12, hint: aHint);
            }
        }
    }

    private static string ZHint(Matrix<double> got, Matrix<double> z, Matrix<double> a, Matrix<double> noBias, int l)
    {
        if (Matrices.Same(got, noBias))
            return $"Mistake [m04.forward-bias-missing]: the bias is missing. Fix: Z[{l}] = W[{l}]·A[{l - 1}] + b[{l}], with the column " +
                   $"b[{l}] added to every sample's column.";
        if (Matrices.Same(got, a))
            return $"Mistake [m04.forward-z-is-activation]: this is σ(Z[{l}]), the activation, stored as Z[{l}]. Fix: Z[{l}] is the " +
                   "weighted sum BEFORE σ; keep both, backprop needs σ′(Z[l]).";
        return $"Z[{l}] = W[{l}]·A[{l - 1}] + b[{l}] (b added to every column), using the previous layer's activation A[{l - 1}].";
    }
}
