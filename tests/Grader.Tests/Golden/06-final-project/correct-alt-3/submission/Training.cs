using MathNet.Numerics.LinearAlgebra;

namespace FinalProject;

public static class Training
{
    // Fisher–Yates from the back, as in the README.
    private static int[] Shuffle(int n, Random rng)
    {
        var idx = new int[n];
        for (var i = 0; i < n; i++) idx[i] = i;
        for (var i = n - 1; i >= 1; i--)
        {
            var j = rng.Next(0, i + 1);
            var t = idx[i]; idx[i] = idx[j]; idx[j] = t;
        }
        return idx;
    }

    private static Matrix<double> Take(Matrix<double> m, IEnumerable<int> rows) =>
        Matrix<double>.Build.DenseOfRowVectors(rows.Select(m.Row));

    public static (Matrix<double> XTrain, Matrix<double> YTrain, Matrix<double> XVal, Matrix<double> YVal) Split(
        Matrix<double> X, Matrix<double> Y, double valFraction, int seed)
    {
        var n = X.RowCount;
        var nVal = (int)Math.Round(valFraction * n);
        var order = Shuffle(n, new Random(seed));
        var val = order[..nVal];
        var train = order[nVal..];
        return (Take(X, train), Take(Y, train), Take(X, val), Take(Y, val));
    }

    public static List<(Matrix<double> X, Matrix<double> Y)> MiniBatches(Matrix<double> X, Matrix<double> Y, int batchSize, Random rng)
    {
        var order = Shuffle(X.RowCount, rng);
        var result = new List<(Matrix<double> X, Matrix<double> Y)>();
        for (var start = 0; start < order.Length; start += batchSize)
        {
            var end = Math.Min(start + batchSize, order.Length);
            var rows = order[start..end];
            result.Add((Take(X, rows), Take(Y, rows)));
        }
        return result;
    }

    public static double LearningRate(double initial, int epoch, int decayEvery)
    {
        var halvings = (int)Math.Floor((double)epoch / decayEvery);
        return initial / Math.Pow(2, halvings);
    }

    public static void MomentumStep(Network net, Gradients g, Velocity v, double learningRate, double momentum)
    {
        for (var l = 1; l <= net.L; l++)
        {
            v.VW[l] = v.VW[l].Multiply(momentum).Subtract(g.DW[l].Multiply(learningRate));
            v.VB[l] = v.VB[l].Multiply(momentum).Subtract(g.DB[l].Multiply(learningRate));
            net.W[l] = net.W[l].Add(v.VW[l]);
            net.B[l] = net.B[l].Add(v.VB[l]);
        }
    }

    public static Matrix<double> Predict(Network net, Matrix<double> X)
    {
        var a = X;
        for (var l = 1; l <= net.L; l++)
        {
            var ones = Matrix<double>.Build.Dense(a.RowCount, 1, 1.0);
            var z = a * net.W[l] + ones * net.B[l].ToRowMatrix();
            a = l == net.L ? z : z.Map(Math.Tanh);
        }
        return a;
    }

    public static TrainResult Train(Network net, Matrix<double> XTrain, Matrix<double> YTrain,
        Matrix<double> XVal, Matrix<double> YVal, TrainOptions options, Random rng)
    {
        var velocity = Velocity.ZerosLike(net);
        var trainHistory = new List<double>();
        var valHistory = new List<double>();
        Network? best = null;
        var bestEpoch = 0;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            var eta = LearningRate(options.LearningRate, epoch, options.DecayEvery);
            double weighted = 0;
            int rows = 0;
            foreach (var (bx, by) in MiniBatches(XTrain, YTrain, options.BatchSize, rng))
            {
                var g = net.Backprop(bx, by);
                weighted += g.Loss * bx.RowCount;
                rows += bx.RowCount;
                MomentumStep(net, g, velocity, eta, options.Momentum);
            }
            trainHistory.Add(weighted / rows);
            var val = net.Loss(XVal, YVal);
            valHistory.Add(val);
            if (best is null || val < valHistory[bestEpoch])
            {
                best = net.Clone();
                bestEpoch = epoch;
            }
            if (epoch - bestEpoch >= options.Patience) break;
        }
        return new TrainResult(best!, trainHistory.ToArray(), valHistory.ToArray(), bestEpoch);
    }

    public static TrainResult Fit(Matrix<double> X, Matrix<double> Y, TrainOptions options, int seed)
    {
        var parts = Split(X, Y, options.ValFraction, seed);
        var rng = new Random(seed);
        var net = Network.Create(options.Sizes, rng);
        return Train(net, parts.XTrain, parts.YTrain, parts.XVal, parts.YVal, options, rng);
    }
}
