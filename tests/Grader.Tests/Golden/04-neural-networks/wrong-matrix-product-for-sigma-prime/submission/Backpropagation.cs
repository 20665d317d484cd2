using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class Backpropagation
{
    public static ForwardCache Forward(Network net, Matrix<double> X)
    {
        var z = new Matrix<double>[net.L + 1];
        var a = new Matrix<double>[net.L + 1];
        z[0] = Network.Empty;
        a[0] = X;
        for (var l = 1; l <= net.L; l++)
        {
            z[l] = net.W[l] * a[l - 1] + Broadcast(net.B[l], X.ColumnCount);
            a[l] = Activation.Sigma(z[l]);
        }
        return new ForwardCache(z, a);
    }

    public static double Cost(Network net, Matrix<double> X, Matrix<double> Y)
    {
        var d = Forward(net, X).A[net.L] - Y;
        var norm = d.FrobeniusNorm();
        return norm * norm / X.ColumnCount;
    }

    public static Matrix<double> J_W3(Network net, ForwardCache cache, Matrix<double> Y) =>
        Delta3(cache, Y) * cache.A[2].Transpose() / SampleCount(cache);

    public static Matrix<double> J_b3(Network net, ForwardCache cache, Matrix<double> Y) =>
        RowMean(Delta3(cache, Y));

    public static Matrix<double> J_W2(Network net, ForwardCache cache, Matrix<double> Y) =>
        Delta2(net, cache, Y) * cache.A[1].Transpose() / SampleCount(cache);

    public static Matrix<double> J_b2(Network net, ForwardCache cache, Matrix<double> Y) =>
        RowMean(Delta2(net, cache, Y));

    public static Matrix<double> J_W1(Network net, ForwardCache cache, Matrix<double> Y) =>
        Delta1(net, cache, Y) * cache.A[0].Transpose() / SampleCount(cache);

    public static Matrix<double> J_b1(Network net, ForwardCache cache, Matrix<double> Y) =>
        RowMean(Delta1(net, cache, Y));

    private static Matrix<double> Delta3(ForwardCache c, Matrix<double> y) =>
        (2 * (c.A[3] - y)) * (Activation.DSigma(c.Z[3]));

    private static Matrix<double> Delta2(Network net, ForwardCache c, Matrix<double> y) =>
        (net.W[3].Transpose() * Delta3(c, y)) * (Activation.DSigma(c.Z[2]));

    private static Matrix<double> Delta1(Network net, ForwardCache c, Matrix<double> y) =>
        (net.W[2].Transpose() * Delta2(net, c, y)) * (Activation.DSigma(c.Z[1]));

    public static Gradients Backprop(Network net, Matrix<double> X, Matrix<double> Y)
    {
        var cache = Forward(net, X);
        var n = (double)X.ColumnCount;
        var g = Gradients.ZerosLike(net);
        var delta = (2 * (cache.A[net.L] - Y)) * (Activation.DSigma(cache.Z[net.L]));
        for (var l = net.L; l >= 1; l--)
        {
            g.DW[l] = delta * cache.A[l - 1].Transpose() / n;
            g.DB[l] = RowMean(delta);
            if (l > 1) delta = (net.W[l].Transpose() * delta) * (Activation.DSigma(cache.Z[l - 1]));
        }
        return g;
    }

    private static Matrix<double> Broadcast(Matrix<double> b, int columns) =>
        b * Matrix<double>.Build.Dense(1, columns, 1.0);

    private static Matrix<double> RowMean(Matrix<double> m) => (m.RowSums() / m.ColumnCount).ToColumnMatrix();

    private static double SampleCount(ForwardCache c) => c.A[0].ColumnCount;
}
