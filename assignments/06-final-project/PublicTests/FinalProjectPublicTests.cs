using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace FinalProject.PublicTests;

// A few sample tests to run with `dotnet test`. The grader's hidden tests check the same methods
// on other data and other seeds, and more thoroughly (see README.md, "How it is graded"). None of
// these depends on the order in which you draw random numbers: any correct solution passes.
[TestFixture]
public class FinalProjectPublicTests
{
    private static Matrix<double> M(double[,] a) => Matrix<double>.Build.DenseOfArray(a);
    private static Vector<double> V(params double[] a) => Vector<double>.Build.DenseOfArray(a);

    [Test]
    public void ScheduleMomentumAndPredict_WorkedExample()
    {
        // γ₀ = 0.05 halved every 150 epochs, epochs counted from 0.
        Assert.That(Training.LearningRate(0.05, 0, 150), Is.EqualTo(0.05).Within(1e-15), "epoch 0");
        Assert.That(Training.LearningRate(0.05, 149, 150), Is.EqualTo(0.05).Within(1e-15), "epoch 149: still γ₀");
        Assert.That(Training.LearningRate(0.05, 150, 150), Is.EqualTo(0.025).Within(1e-15), "epoch 150: the first halving");
        Assert.That(Training.LearningRate(0.05, 599, 150), Is.EqualTo(0.00625).Within(1e-15), "epoch 599: ⌊599/150⌋ = 3 halvings");

        // A 1-1 linear network θ = (w, b) = (1, 0); the same gradient g = (0.5, −0.2) twice, η = 0.1, β = 0.9.
        var net = new Network((M(new double[,] { { 1.0 } }), V(0.0)));
        var g = new Gradients([Matrix<double>.Build.Dense(0, 0), M(new double[,] { { 0.5 } })], [V(), V(-0.2)], 0.0);
        var v = Velocity.ZerosLike(net);
        Training.MomentumStep(net, g, v, 0.1, 0.9);
        Assert.That(net.W[1][0, 0], Is.EqualTo(0.95).Within(1e-12), "step 1: v = −0.1·0.5 = −0.05, w = 1 − 0.05");
        Assert.That(net.B[1][0], Is.EqualTo(0.02).Within(1e-12), "step 1: v = −0.1·(−0.2) = 0.02");
        Training.MomentumStep(net, g, v, 0.1, 0.9);
        Assert.That(net.W[1][0, 0], Is.EqualTo(0.855).Within(1e-12), "step 2: v = 0.9·(−0.05) − 0.05 = −0.095");
        Assert.That(net.B[1][0], Is.EqualTo(0.058).Within(1e-12), "step 2: v = 0.9·0.02 + 0.02 = 0.038");

        // A 1-2-1 network at t = 0.5: z₁ = 0.5·(2, −1) + (0, 0.5) = (1, 0), a₁ = (tanh 1, 0), output = tanh 1 + 0.1 (linear).
        var small = new Network((M(new double[,] { { 2, -1 } }), V(0, 0.5)), (M(new double[,] { { 1 }, { 2 } }), V(0.1)));
        var out1 = Training.Predict(small, M(new double[,] { { 0.5 } }));
        Assert.That((out1.RowCount, out1.ColumnCount), Is.EqualTo((1, 1)), "one row per sample, one column per output");
        Assert.That(out1[0, 0], Is.EqualTo(Math.Tanh(1) + 0.1).Within(1e-12), "tanh in the hidden layer, linear output");
    }

    [Test]
    public void SplitAndMiniBatches_ArePartitionsThatKeepThePairs()
    {
        // Row i is tagged: X[i, 0] = i and Y[i, 0] = 100 + i, so we can follow every row.
        var x = Matrix<double>.Build.Dense(20, 1, (i, _) => i);
        var y = Matrix<double>.Build.Dense(20, 2, (i, j) => j == 0 ? 100 + i : -i);

        var (xTr, yTr, xVa, yVa) = Training.Split(x, y, 0.25, 1);
        Assert.That((xTr.RowCount, xVa.RowCount, yTr.RowCount, yVa.RowCount), Is.EqualTo((15, 5, 15, 5)), "round(0.25·20) = 5 validation rows");
        var ids = xTr.Column(0).Concat(xVa.Column(0)).Select(t => (int)t).OrderBy(i => i);
        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 20)), "every row exactly once");
        for (var r = 0; r < 15; r++) Assert.That(yTr[r, 0], Is.EqualTo(100 + xTr[r, 0]), "X and Y rows stay paired");
        var again = Training.Split(x, y, 0.25, 1);
        Assert.That(again.XVal.Column(0).ToArray(), Is.EqualTo(xVa.Column(0).ToArray()), "the same seed gives the same split");

        var batches = Training.MiniBatches(xTr, yTr, 4, new Random(2));
        Assert.That(batches.Select(b => b.X.RowCount), Is.EqualTo(new[] { 4, 4, 4, 3 }), "15 rows in batches of 4: the last holds the remainder");
        foreach (var (bx, by) in batches)
            for (var r = 0; r < bx.RowCount; r++)
                Assert.That(by[r, 0], Is.EqualTo(100 + bx[r, 0]), "the batches keep the pairs");
        var batchIds = batches.SelectMany(b => b.X.Column(0)).Select(t => (int)t).ToArray();
        Assert.That(batchIds.OrderBy(i => i), Is.EqualTo(xTr.Column(0).Select(t => (int)t).OrderBy(i => i)), "every training row once per epoch");
    }

    [Test]
    public void Fit_IsReproducibleAndLearns()
    {
        var (x, y) = HeartData.Sample(120, 3, 0.02);
        var options = new TrainOptions { Epochs = 40, DecayEvery = 15 };
        var a = Training.Fit(x, y, options, 7);
        var b = Training.Fit(x, y, options, 7);
        var c = Training.Fit(x, y, options, 8);
        Assert.That(a.TrainLoss, Is.EqualTo(b.TrainLoss), "the same seed gives a bit-identical TrainLoss history");
        Assert.That(a.ValLoss, Is.EqualTo(b.ValLoss), "… and ValLoss history");
        Assert.That(c.TrainLoss, Is.Not.EqualTo(a.TrainLoss), "another seed gives another run");
        Assert.That(a.TrainLoss.Length, Is.EqualTo(a.ValLoss.Length), "one entry per epoch in both");
        Assert.That(a.TrainLoss[^1], Is.LessThanOrEqualTo(0.5 * a.TrainLoss[0]), "the training loss at least halves");
    }

    [Test]
    public void EarlyStopping_ReturnsTheBestValidationWeights()
    {
        // Validation targets are HALF the curve: the network passes near them on its way to the curve, so the
        // validation loss falls, then rises, and early stopping must hand back the weights from the bottom.
        var (xTr, yTr) = HeartData.Sample(120, 3, 0.02);
        var (xVa, yCurve) = HeartData.Sample(40, 4, 0);
        var yVa = yCurve * 0.5;
        var options = new TrainOptions { Epochs = 200, BatchSize = 16, LearningRate = 0.02, DecayEvery = 1000, Momentum = 0.9, Patience = 15 };
        var r = Training.Train(Network.Create([1, 16, 16, 2], new Random(5)), xTr, yTr, xVa, yVa, options, new Random(6));

        var best = Array.IndexOf(r.ValLoss, r.ValLoss.Min());
        Assert.That(r.BestEpoch, Is.EqualTo(best), "BestEpoch is the index of the lowest ValLoss");
        Assert.That(r.Network.Loss(xVa, yVa), Is.EqualTo(r.ValLoss.Min()).Within(1e-9 * r.ValLoss.Min()), "the returned weights are the best ones, not the last");
        Assert.That(r.ValLoss.Length, Is.EqualTo(best + 15 + 1), "stopped 15 epochs (Patience) after the best one");
    }

    [Test]
    public void Baseline_RidgeAndTheComparison()
    {
        // y = 1 − 2t + 3t³ exactly, in both output columns (the second doubled): tiny λ recovers the coefficients.
        var x = Matrix<double>.Build.Dense(12, 1, (i, _) => i / 11.0);
        var y = Matrix<double>.Build.Dense(12, 2, (i, j) => (j + 1) * (1 - 2 * x[i, 0] + 3 * Math.Pow(x[i, 0], 3)));
        var phi = Baseline.PolynomialFeatures(x, 3);
        Assert.That((phi.RowCount, phi.ColumnCount), Is.EqualTo((12, 4)), "N×(degree + 1)");
        var theta = Baseline.Ridge(phi, y, 1e-12);
        Assert.That((theta.RowCount, theta.ColumnCount), Is.EqualTo((4, 2)), "p×m: one column per output");
        Assert.That(theta.Column(0).ToArray(), Is.EqualTo(new[] { 1.0, -2, 0, 3 }).Within(1e-6), "coefficients of output 0");
        Assert.That(theta.Column(1).ToArray(), Is.EqualTo(new[] { 2.0, -4, 0, 6 }).Within(1e-6), "coefficients of output 1");
        Assert.That(Baseline.MeanSquaredError(M(new double[,] { { 1, 2 }, { 0, 0 } }), M(new double[,] { { 0, 0 }, { 0, 0 } })),
            Is.EqualTo(2.5).Within(1e-15), "(1² + 2² + 0) / 2 rows");

        var (xs, ys) = HeartData.Sample(200, 1, 0.02);
        var (xt, yt) = HeartData.Sample(500, 2, 0);
        var (networkMse, baselineMse) = Baseline.Compare(xs, ys, xt, yt, new TrainOptions { Epochs = 150, DecayEvery = 50 }, 7, 5, 1e-6);
        Assert.That(networkMse, Is.LessThan(0.5 * baselineMse), "the network beats ridge on degree-5 features by a wide margin");
    }
}
