using MathNet.Numerics.LinearAlgebra;

namespace FinalProject;

// A correct solution in LINQ style: permutations by sorting on random keys, validation rows taken
// from the END of the permutation, batches built with DenseOfRowVectors, the "PyTorch" form of
// momentum (v ← βv + g, θ ← θ − ηv), early stopping with a counter, and a Fit that derives a second
// seed for the network.
public static class Training
{
    private static int[] Shuffled(int n, Random rng) =>
        Enumerable.Range(0, n).Select(i => (key: rng.NextDouble(), i)).OrderBy(p => p.key).Select(p => p.i).ToArray();

    private static Matrix<double> Take(Matrix<double> m, IEnumerable<int> rows) =>
        Matrix<double>.Build.DenseOfRowVectors(rows.Select(m.Row));

    public static (Matrix<double> XTrain, Matrix<double> YTrain, Matrix<double> XVal, Matrix<double> YVal) Split(
        Matrix<double> X, Matrix<double> Y, double valFraction, int seed)
    {
        var order = Shuffled(X.RowCount, new Random(seed));
        var nVal = (int)Math.Round(valFraction * X.RowCount);
        var train = order.Take(order.Length - nVal).ToArray();
        var val = order.Skip(order.Length - nVal).ToArray();
        return (Take(X, train), Take(Y, train), Take(X, val), Take(Y, val));
    }

    public static List<(Matrix<double> X, Matrix<double> Y)> MiniBatches(Matrix<double> X, Matrix<double> Y, int batchSize, Random rng) =>
        Shuffled(X.RowCount, rng).Chunk(batchSize).Select(chunk => (Take(X, chunk), Take(Y, chunk))).ToList();

    public static double LearningRate(double initial, int epoch, int decayEvery) =>
        initial / Math.Pow(2, Math.Floor((double)epoch / decayEvery));

    public static void MomentumStep(Network net, Gradients g, Velocity v, double learningRate, double momentum)
    {
        foreach (var l in Enumerable.Range(1, net.L))
        {
            v.VW[l] = v.VW[l] * momentum + g.DW[l];
            v.VB[l] = v.VB[l] * momentum + g.DB[l];
            net.W[l] -= learningRate * v.VW[l];
            net.B[l] -= learningRate * v.VB[l];
        }
    }

    public static Matrix<double> Predict(Network net, Matrix<double> X)
    {
        var a = X;
        foreach (var l in Enumerable.Range(1, net.L))
        {
            var bias = Matrix<double>.Build.Dense(a.RowCount, net.Sizes[l], (_, j) => net.B[l][j]);
            var z = a * net.W[l] + bias;
            a = l == net.L ? z : z.Map(Math.Tanh);
        }
        return a;
    }

    public static TrainResult Train(Network net, Matrix<double> XTrain, Matrix<double> YTrain,
        Matrix<double> XVal, Matrix<double> YVal, TrainOptions options, Random rng)
    {
        var v = Velocity.ZerosLike(net);
        var trainLoss = new List<double>();
        var valLoss = new List<double>();
        Network? best = null;
        var bestEpoch = 0;
        var sinceBest = 0;
        foreach (var epoch in Enumerable.Range(0, options.Epochs))
        {
            var lr = LearningRate(options.LearningRate, epoch, options.DecayEvery);
            var weighted = MiniBatches(XTrain, YTrain, options.BatchSize, rng).Sum(batch =>
            {
                var g = net.Backprop(batch.X, batch.Y);
                MomentumStep(net, g, v, lr, options.Momentum);
                return g.Loss * batch.X.RowCount;
            });
            trainLoss.Add(weighted / XTrain.RowCount);
            valLoss.Add(net.Loss(XVal, YVal));
            if (best is null || valLoss[^1] < valLoss[bestEpoch])
            {
                best = net.Clone();
                bestEpoch = epoch;
                sinceBest = 0;
            }
            else if (++sinceBest == options.Patience)
            {
                break;
            }
        }
        return new TrainResult(best ?? net.Clone(), trainLoss.ToArray(), valLoss.ToArray(), bestEpoch);
    }

    public static TrainResult Fit(Matrix<double> X, Matrix<double> Y, TrainOptions options, int seed)
    {
        var (xt, yt, xv, yv) = Split(X, Y, options.ValFraction, seed);
        var rng = new Random(unchecked(seed * 7919 + 17));
        return Train(Network.Create(options.Sizes, rng), xt, yt, xv, yv, options, rng);
    }
}
