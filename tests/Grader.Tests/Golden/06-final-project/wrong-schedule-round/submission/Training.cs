using MathNet.Numerics.LinearAlgebra;

namespace FinalProject;

/// <summary>Training a network end to end: a seeded validation split, shuffled mini-batches, a
/// step-decay learning rate, SGD with momentum, early stopping that keeps the best weights, and
/// the reproducible pipeline Fit.</summary>
public static class Training
{
    /// <summary>Splits the rows of (X, Y) into a training and a validation part: nVal =
    /// round(valFraction·N) rows chosen at random from <c>new Random(seed)</c> go to validation,
    /// the rest to training. Row i of X stays paired with row i of Y.</summary>
    public static (Matrix<double> XTrain, Matrix<double> YTrain, Matrix<double> XVal, Matrix<double> YVal) Split(
        Matrix<double> X, Matrix<double> Y, double valFraction, int seed)
    {
        var n = X.RowCount;
        var nVal = (int)Math.Round(valFraction * n);
        // ONE permutation for both matrices: shuffling X and Y separately would break the pairs.
        var order = Permutation(n, new Random(seed));
        var val = order.Take(nVal).ToArray();
        var train = order.Skip(nVal).ToArray();
        return (Rows(X, train), Rows(Y, train), Rows(X, val), Rows(Y, val));
    }

    /// <summary>One epoch's mini-batches: the rows in a fresh random order drawn from
    /// <paramref name="rng"/> (the same order for X and Y), cut into consecutive batches of
    /// <paramref name="batchSize"/> rows; the last batch holds what is left.</summary>
    public static List<(Matrix<double> X, Matrix<double> Y)> MiniBatches(Matrix<double> X, Matrix<double> Y, int batchSize, Random rng)
    {
        var n = X.RowCount;
        var order = Permutation(n, rng);
        var batches = new List<(Matrix<double>, Matrix<double>)>();
        for (var start = 0; start < n; start += batchSize)
        {
            var idx = order.Skip(start).Take(batchSize).ToArray();
            batches.Add((Rows(X, idx), Rows(Y, idx)));
        }
        return batches;
    }

    public static double LearningRate(double initial, int epoch, int decayEvery) =>
        initial * Math.Pow(0.5, Math.Round((double)epoch / decayEvery));

    /// <summary>One heavy-ball step, in place: v ← β·v − η·g, then θ ← θ + v, for every W[l], B[l].</summary>
    public static void MomentumStep(Network net, Gradients g, Velocity v, double learningRate, double momentum)
    {
        for (var l = 1; l <= net.L; l++)
        {
            v.VW[l] = momentum * v.VW[l] - learningRate * g.DW[l];
            v.VB[l] = momentum * v.VB[l] - learningRate * g.DB[l];
            net.W[l] = net.W[l] + v.VW[l];
            net.B[l] = net.B[l] + v.VB[l];
        }
    }

    /// <summary>The network's output for every row of X: A_l = tanh(A_{l−1}·W[l] + 1·b[l]ᵀ) in the
    /// hidden layers, and the last layer linear (no tanh).</summary>
    public static Matrix<double> Predict(Network net, Matrix<double> X)
    {
        var a = X;
        for (var l = 1; l <= net.L; l++)
        {
            var z = a * net.W[l];
            for (var i = 0; i < z.RowCount; i++)
                for (var j = 0; j < z.ColumnCount; j++)
                    z[i, j] += net.B[l][j];
            a = l < net.L ? z.Map(Math.Tanh) : z;
        }
        return a;
    }

    /// <summary>Mini-batch SGD with momentum and step decay, with early stopping on the validation
    /// loss. Returns the histories and a copy of the weights of the best validation epoch.</summary>
    public static TrainResult Train(Network net, Matrix<double> XTrain, Matrix<double> YTrain,
        Matrix<double> XVal, Matrix<double> YVal, TrainOptions options, Random rng)
    {
        // The velocity lives across batches AND epochs: that memory is what momentum is.
        var velocity = Velocity.ZerosLike(net);
        var trainLoss = new List<double>();
        var valLoss = new List<double>();
        var best = net.Clone();
        var bestLoss = double.PositiveInfinity;
        var bestEpoch = -1;

        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            var lr = LearningRate(options.LearningRate, epoch, options.DecayEvery);
            double sum = 0;
            foreach (var (xb, yb) in MiniBatches(XTrain, YTrain, options.BatchSize, rng))
            {
                var g = net.Backprop(xb, yb);
                sum += g.Loss * xb.RowCount; // weight by batch size: the mean over the epoch's rows
                MomentumStep(net, g, velocity, lr, options.Momentum);
            }
            trainLoss.Add(sum / XTrain.RowCount);

            var v = net.Loss(XVal, YVal);
            valLoss.Add(v);
            if (v < bestLoss)
            {
                bestLoss = v;
                bestEpoch = epoch;
                best = net.Clone(); // a copy: `best = net` would keep moving with the training
            }
            else if (epoch - bestEpoch >= options.Patience)
            {
                break;
            }
        }
        return new TrainResult(best, trainLoss.ToArray(), valLoss.ToArray(), bestEpoch);
    }

    /// <summary>The whole pipeline, reproducible from <paramref name="seed"/> alone: split with
    /// Split(X, Y, ValFraction, seed), create the network from new Random(seed) and train it with the
    /// same Random, validating only on the held-out rows.</summary>
    public static TrainResult Fit(Matrix<double> X, Matrix<double> Y, TrainOptions options, int seed)
    {
        var (xTrain, yTrain, xVal, yVal) = Split(X, Y, options.ValFraction, seed);
        var rng = new Random(seed);
        var net = Network.Create(options.Sizes, rng);
        return Train(net, xTrain, yTrain, xVal, yVal, options, rng);
    }

    /// <summary>A uniformly random permutation of 0..n−1 (Fisher–Yates).</summary>
    private static int[] Permutation(int n, Random rng)
    {
        var p = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (p[i], p[j]) = (p[j], p[i]);
        }
        return p;
    }

    private static Matrix<double> Rows(Matrix<double> m, int[] rows) =>
        Matrix<double>.Build.Dense(rows.Length, m.ColumnCount, (i, j) => m[rows[i], j]);
}
