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
            var (netGiven, xGiven) = (net.Clone(), x.Clone());
            var got = Training.Predict(netGiven, xGiven);
            Check.That(xGiven.Equals(x) && Runs.WeightDifference(netGiven, net) is null,
                $"{what}: Mistake [m06.input-mutated]: Predict changed the X or the network it was given (an in-place tanh or bias " +
                "addition on the caller's matrices). " + Mistakes.InputChanged);
            Approx.Shape(got, rows, sizes[^1], what, "It looks transposed: one ROW per sample, one column per output.");
            if (Close(got, expected)) continue;
            string hint;
            if (Close(got, Oracle.Forward(net, x, tanhOutput: true)))
                hint = "Mistake [m06.predict-tanh-output]: your output layer applies tanh. Fix: this is regression: the last layer is " +
                       "linear, A_L = A_{L−1}·W[L] + b[L]; tanh only in the hidden layers.";
            else if (Close(got, Oracle.Forward(net, x, bias: false)))
                hint = "Mistake [m06.predict-no-bias]: the biases are missing. Fix: add b[l] to every row of A_{l−1}·W[l].";
            else if (Close(got, Oracle.Forward(net, x, tanhHidden: false)))
                hint = "Mistake [m06.predict-no-tanh-hidden]: no tanh in the hidden layers, so the network is just a linear map. Fix: " +
                       "A_l = tanh(A_{l−1}·W[l] + b[l]) for l < L.";
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
