using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

[TestFixture]
public class PredictTests
{
    private const string Rule =
        "Predict runs the rows of X through the network: A_0 = X, A_l = tanh(A_{l−1}·W[l] + 1·b[l]ᵀ) for the hidden layers " +
        "l < L (b[l] added to every row), and the output layer linear: A_L = A_{L−1}·W[L] + 1·b[L]ᵀ, no tanh. It returns A_L (N×n_L).";

    [Test, Points(2), Task("predict")]
    public void Predict_MatchesTheForwardPass()
    {
        var rng = Seeded.Rng(61);
        foreach (var (sizes, rows) in new[] { (new[] { 2, 5, 4, 3 }, 7), (new[] { 1, 16, 16, 2 }, 9), (new[] { 3, 2 }, 4) })
        {
            var net = Network.Create(sizes, rng);
            var x = Data.Random(rng, rows, sizes[0]);
            var what = $"Predict for a seeded {string.Join("-", sizes)} network on a {rows}×{sizes[0]} X";
            var expected = Oracle.Forward(net, x);
            var got = Training.Predict(net.Clone(), x.Clone());
            Approx.Shape(got, rows, sizes[^1], what, "It looks transposed: one ROW per sample, one column per output.");
            if (Close(got, expected)) continue;
            string hint;
            if (Close(got, Oracle.Forward(net, x, tanhOutput: true)))
                hint = "Your output layer applies tanh. This is regression: the last layer is linear, A_L = A_{L−1}·W[L] + b[L]; tanh only in the hidden layers.";
            else if (Close(got, Oracle.Forward(net, x, bias: false))) hint = "The biases are missing: add b[l] to every row of A_{l−1}·W[l].";
            else if (Close(got, Oracle.Forward(net, x, tanhHidden: false))) hint = "No tanh in the hidden layers: without it the network is just a linear map.";
            else hint = Rule;
            var (i, j) = FirstDifference(got, expected);
            Assert.Fail(Approx.Message($"{what}, output [{i},{j}]", expected[i, j], got[i, j], "the forward pass written in the test", hint));
        }
    }

    private static bool Close(Matrix<double> a, Matrix<double> b)
    {
        var (i, _) = FirstDifference(a, b);
        return i < 0;
    }

    private static (int, int) FirstDifference(Matrix<double> a, Matrix<double> b)
    {
        for (var i = 0; i < b.RowCount; i++)
            for (var j = 0; j < b.ColumnCount; j++)
                if (!Approx.Close(a[i, j], b[i, j], 1e-10, 1e-12)) return (i, j);
        return (-1, -1);
    }
}
