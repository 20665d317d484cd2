using MathNet.Numerics.LinearAlgebra;

namespace FinalProject;

// A correct solution written with plain loops: a forward Fisher–Yates shuffle, in-place updates of
// every matrix entry, the best weights copied entry by entry into a network of their own, and a Fit
// that uses separate Randoms (seed + 1 for the weights, seed + 2 for the batches).
public static class Training
{
    private static int[] Permutation(int n, Random rng)
    {
        var p = new int[n];
        for (var i = 0; i < n; i++) p[i] = i;
        for (var i = 0; i < n - 1; i++)
        {
            var j = rng.Next(i, n);
            var t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static Matrix<double> Gather(Matrix<double> m, int[] order, int start, int count)
    {
        var r = Matrix<double>.Build.Dense(count, m.ColumnCount);
        for (var i = 0; i < count; i++)
            for (var j = 0; j < m.ColumnCount; j++)
                r[i, j] = m[order[start + i], j];
        return r;
    }

    public static (Matrix<double> XTrain, Matrix<double> YTrain, Matrix<double> XVal, Matrix<double> YVal) Split(
        Matrix<double> X, Matrix<double> Y, double valFraction, int seed)
    {
        var n = X.RowCount;
        var p = Permutation(n, new Random(seed));
        var nVal = (int)Math.Round(valFraction * n);
        return (Gather(X, p, nVal, n - nVal), Gather(Y, p, nVal, n - nVal), Gather(X, p, 0, nVal), Gather(Y, p, 0, nVal));
    }

    public static List<(Matrix<double> X, Matrix<double> Y)> MiniBatches(Matrix<double> X, Matrix<double> Y, int batchSize, Random rng)
    {
        var n = X.RowCount;
        var p = Permutation(n, rng);
        var result = new List<(Matrix<double> X, Matrix<double> Y)>();
        var start = 0;
        while (start < n)
        {
            var count = Math.Min(batchSize, n - start);
            result.Add((Gather(X, p, start, count), Gather(Y, p, start, count)));
            start += count;
        }
        return result;
    }

    public static double LearningRate(double initial, int epoch, int decayEvery)
    {
        var rate = initial;
        for (var k = 0; k < epoch / decayEvery; k++) rate *= 0.5;
        return rate;
    }

    public static void MomentumStep(Network net, Gradients g, Velocity v, double learningRate, double momentum)
    {
        for (var l = 1; l <= net.L; l++)
        {
            var w = net.W[l];
            var vw = v.VW[l];
            for (var i = 0; i < w.RowCount; i++)
                for (var j = 0; j < w.ColumnCount; j++)
                {
                    vw[i, j] = momentum * vw[i, j] - learningRate * g.DW[l][i, j];
                    w[i, j] += vw[i, j];
                }
            var b = net.B[l];
            var vb = v.VB[l];
            for (var j = 0; j < b.Count; j++)
            {
                vb[j] = momentum * vb[j] - learningRate * g.DB[l][j];
                b[j] += vb[j];
            }
        }
    }

    public static Matrix<double> Predict(Network net, Matrix<double> X)
    {
        var a = X;
        for (var l = 1; l <= net.L; l++)
        {
            var w = net.W[l];
            var z = Matrix<double>.Build.Dense(a.RowCount, w.ColumnCount);
            for (var i = 0; i < a.RowCount; i++)
                for (var j = 0; j < w.ColumnCount; j++)
                {
                    var s = net.B[l][j];
                    for (var k = 0; k < w.RowCount; k++) s += a[i, k] * w[k, j];
                    z[i, j] = l < net.L ? Math.Tanh(s) : s;
                }
            a = z;
        }
        return a;
    }

    private static void CopyInto(Network from, Network to)
    {
        for (var l = 1; l <= from.L; l++)
        {
            from.W[l].CopyTo(to.W[l]);
            from.B[l].CopyTo(to.B[l]);
        }
    }

    public static TrainResult Train(Network net, Matrix<double> XTrain, Matrix<double> YTrain,
        Matrix<double> XVal, Matrix<double> YVal, TrainOptions options, Random rng)
    {
        var v = Velocity.ZerosLike(net);
        var best = net.Clone();
        var trainLoss = new double[options.Epochs];
        var valLoss = new double[options.Epochs];
        var bestEpoch = -1;
        var epochs = 0;
        for (var e = 0; e < options.Epochs; e++)
        {
            var lr = LearningRate(options.LearningRate, e, options.DecayEvery);
            var total = 0.0;
            foreach (var (bx, by) in MiniBatches(XTrain, YTrain, options.BatchSize, rng))
            {
                var g = net.Backprop(bx, by);
                total += g.Loss * bx.RowCount;
                MomentumStep(net, g, v, lr, options.Momentum);
            }
            trainLoss[e] = total / XTrain.RowCount;
            valLoss[e] = net.Loss(XVal, YVal);
            epochs = e + 1;
            if (bestEpoch < 0 || valLoss[e] < valLoss[bestEpoch])
            {
                bestEpoch = e;
                CopyInto(net, best);
            }
            if (e - bestEpoch >= options.Patience) break;
        }
        return new TrainResult(best, trainLoss[..epochs], valLoss[..epochs], bestEpoch);
    }

    public static TrainResult Fit(Matrix<double> X, Matrix<double> Y, TrainOptions options, int seed)
    {
        var (xt, yt, xv, yv) = Split(X, Y, options.ValFraction, seed);
        var net = Network.Create(options.Sizes, new Random(seed + 1));
        return Train(net, xt, yt, xv, yv, options, new Random(seed + 2));
    }
}
