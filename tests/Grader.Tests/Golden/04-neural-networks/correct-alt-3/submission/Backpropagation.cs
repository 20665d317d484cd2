using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class Backpropagation
{
    public static ForwardCache Forward(Network net, Matrix<double> X)
    {
        var Z = new Matrix<double>[net.L + 1];
        var A = new Matrix<double>[net.L + 1];
        Z[0] = Network.Empty;
        A[0] = X;
        for (int l = 1; l <= net.L; l++)
        {
            var b = net.B[l];
            Z[l] = (net.W[l] * A[l - 1]).MapIndexed((i, j, v) => v + b[i, 0]);
            A[l] = Activation.Sigma(Z[l]);
        }
        return new ForwardCache(Z, A);
    }

    public static double Cost(Network net, Matrix<double> X, Matrix<double> Y)
    {
        var A = Forward(net, X).A[net.L];
        double sum = 0;
        for (int i = 0; i < A.RowCount; i++)
            for (int k = 0; k < A.ColumnCount; k++)
                sum += (A[i, k] - Y[i, k]) * (A[i, k] - Y[i, k]);
        return sum / X.ColumnCount;
    }

    // δ for every layer of the cache, from the output back (δ[0] unused).
    private static Matrix<double>[] Deltas(Network net, ForwardCache cache, Matrix<double> Y)
    {
        int L = net.L;
        var d = new Matrix<double>[L + 1];
        d[L] = (cache.A[L] - Y).Multiply(2.0).PointwiseMultiply(Activation.DSigma(cache.Z[L]));
        for (int l = L - 1; l >= 1; l--)
            d[l] = net.W[l + 1].TransposeThisAndMultiply(d[l + 1]).PointwiseMultiply(Activation.DSigma(cache.Z[l]));
        return d;
    }

    private static Matrix<double> WeightGradient(Matrix<double> delta, Matrix<double> previous) =>
        delta.TransposeAndMultiply(previous).Divide(previous.ColumnCount);

    private static Matrix<double> BiasGradient(Matrix<double> delta)
    {
        var g = Matrix<double>.Build.Dense(delta.RowCount, 1);
        for (int i = 0; i < delta.RowCount; i++)
        {
            double s = 0;
            for (int k = 0; k < delta.ColumnCount; k++) s += delta[i, k];
            g[i, 0] = s / delta.ColumnCount;
        }
        return g;
    }

    public static Matrix<double> J_W3(Network net, ForwardCache cache, Matrix<double> Y) => WeightGradient(Deltas(net, cache, Y)[3], cache.A[2]);
    public static Matrix<double> J_b3(Network net, ForwardCache cache, Matrix<double> Y) => BiasGradient(Deltas(net, cache, Y)[3]);
    public static Matrix<double> J_W2(Network net, ForwardCache cache, Matrix<double> Y) => WeightGradient(Deltas(net, cache, Y)[2], cache.A[1]);
    public static Matrix<double> J_b2(Network net, ForwardCache cache, Matrix<double> Y) => BiasGradient(Deltas(net, cache, Y)[2]);
    public static Matrix<double> J_W1(Network net, ForwardCache cache, Matrix<double> Y) => WeightGradient(Deltas(net, cache, Y)[1], cache.A[0]);
    public static Matrix<double> J_b1(Network net, ForwardCache cache, Matrix<double> Y) => BiasGradient(Deltas(net, cache, Y)[1]);

    public static Gradients Backprop(Network net, Matrix<double> X, Matrix<double> Y)
    {
        var cache = Forward(net, X);
        var d = Deltas(net, cache, Y);
        var g = Gradients.ZerosLike(net);
        for (int l = 1; l <= net.L; l++)
        {
            g.DW[l] = WeightGradient(d[l], cache.A[l - 1]);
            g.DB[l] = BiasGradient(d[l]);
        }
        return g;
    }
}
