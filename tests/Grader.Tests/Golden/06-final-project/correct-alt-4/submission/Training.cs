using MathNet.Numerics.LinearAlgebra;

namespace FinalProject;

public static class Training
{
    // A random order by drawing the remaining indices one at a time (sampling without replacement).
    private static List<int> RandomOrder(int n, Random rng)
    {
        var remaining = Enumerable.Range(0, n).ToList();
        var order = new List<int>(n);
        while (remaining.Count > 0)
        {
            var j = rng.Next(remaining.Count);
            order.Add(remaining[j]);
            remaining.RemoveAt(j);
        }
        return order;
    }

    private static Matrix<double> Pick(Matrix<double> m, List<int> rows)
    {
        var r = Matrix<double>.Build.Dense(rows.Count, m.ColumnCount);
        for (var i = 0; i < rows.Count; i++) r.SetRow(i, m.Row(rows[i]));
        return r;
    }

    public static (Matrix<double> XTrain, Matrix<double> YTrain, Matrix<double> XVal, Matrix<double> YVal) Split(
        Matrix<double> X, Matrix<double> Y, double valFraction, int seed)
    {
        var order = RandomOrder(X.RowCount, new Random(seed));
        var nVal = (int)Math.Round(valFraction * X.RowCount);
        var val = order.Take(nVal).ToList();
        var train = order.Skip(nVal).ToList();
        return (Pick(X, train), Pick(Y, train), Pick(X, val), Pick(Y, val));
    }

    public static List<(Matrix<double> X, Matrix<double> Y)> MiniBatches(Matrix<double> X, Matrix<double> Y, int batchSize, Random rng)
    {
        var order = RandomOrder(X.RowCount, rng);
        var batches = new List<(Matrix<double> X, Matrix<double> Y)>();
        for (var k = 0; k * batchSize < order.Count; k++)
        {
            var rows = order.Skip(k * batchSize).Take(batchSize).ToList();
            batches.Add((Pick(X, rows), Pick(Y, rows)));
        }
        return batches;
    }

    public static double LearningRate(double initial, int epoch, int decayEvery) => initial * Math.Pow(0.5, epoch / decayEvery);

    // In place, into the velocity and the network (never into g).
    public static void MomentumStep(Network net, Gradients g, Velocity v, double learningRate, double momentum)
    {
        for (var l = 1; l <= net.L; l++)
        {
            v.VW[l].Multiply(momentum, v.VW[l]);
            v.VW[l].Subtract(g.DW[l] * learningRate, v.VW[l]);
            net.W[l].Add(v.VW[l], net.W[l]);
            v.VB[l].Multiply(momentum, v.VB[l]);
            v.VB[l].Subtract(g.DB[l] * learningRate, v.VB[l]);
            net.B[l].Add(v.VB[l], net.B[l]);
        }
    }

    public static Matrix<double> Predict(Network net, Matrix<double> X)
    {
        var a = X;
        for (var l = 1; l <= net.L; l++)
        {
            var b = net.B[l];
            var z = (a * net.W[l]).MapIndexed((i, j, val) => val + b[j]);
            a = l < net.L ? z.Map(Math.Tanh) : z;
        }
        return a;
    }

    public static TrainResult Train(Network net, Matrix<double> XTrain, Matrix<double> YTrain,
        Matrix<double> XVal, Matrix<double> YVal, TrainOptions options, Random rng)
    {
        var v = Velocity.ZerosLike(net);
        var trainLoss = new List<double>();
        var valLoss = new List<double>();
        var bestNet = net.Clone();
        var bestVal = double.MaxValue;
        var bestEpoch = 0;
        var sinceBest = 0;
        for (var e = 0; e < options.Epochs; e++)
        {
            var rate = LearningRate(options.LearningRate, e, options.DecayEvery);
            var total = 0.0;
            foreach (var batch in MiniBatches(XTrain, YTrain, options.BatchSize, rng))
            {
                var g = net.Backprop(batch.X, batch.Y);
                total += g.Loss * batch.X.RowCount;
                MomentumStep(net, g, v, rate, options.Momentum);
            }
            trainLoss.Add(total / XTrain.RowCount);
            var current = net.Loss(XVal, YVal);
            valLoss.Add(current);
            if (current < bestVal)
            {
                bestVal = current;
                bestEpoch = e;
                bestNet = net.Clone();
                sinceBest = 0;
            }
            else if (++sinceBest >= options.Patience)
            {
                break;
            }
        }
        return new TrainResult(bestNet, trainLoss.ToArray(), valLoss.ToArray(), bestEpoch);
    }

    public static TrainResult Fit(Matrix<double> X, Matrix<double> Y, TrainOptions options, int seed)
    {
        var (xTrain, yTrain, xVal, yVal) = Split(X, Y, options.ValFraction, seed);
        var random = new Random(seed);
        return Train(Network.Create(options.Sizes, random), xTrain, yTrain, xVal, yVal, options, random);
    }
}
