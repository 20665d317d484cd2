using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class Backpropagation
{
    public static ForwardCache Forward(Network net, Matrix<double> X)
    {
        int samples = X.ColumnCount;
        var Z = new Matrix<double>[net.L + 1];
        var A = new Matrix<double>[net.L + 1];
        Z[0] = Network.Empty;
        A[0] = X;
        for (int l = 1; l <= net.L; l++)
        {
            int rows = net.Sizes[l], inputs = net.Sizes[l - 1];
            var z = new double[rows, samples];
            var a = new double[rows, samples];
            for (int i = 0; i < rows; i++)
                for (int s = 0; s < samples; s++)
                {
                    double sum = net.B[l][i, 0];
                    for (int k = 0; k < inputs; k++) sum += net.W[l][i, k] * A[l - 1][k, s];
                    z[i, s] = sum;
                    a[i, s] = Activation.Sigma(sum);
                }
            Z[l] = Matrix<double>.Build.DenseOfArray(z);
            A[l] = Matrix<double>.Build.DenseOfArray(a);
        }
        return new ForwardCache(Z, A);
    }

    public static double Cost(Network net, Matrix<double> X, Matrix<double> Y)
    {
        var output = Forward(net, X).A[net.L];
        double total = 0;
        for (int i = 0; i < Y.RowCount; i++)
            for (int s = 0; s < Y.ColumnCount; s++)
            {
                double d = output[i, s] - Y[i, s];
                total += d * d;
            }
        return total / X.ColumnCount;
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
        var deltas = Deltas(net, cache, Y);
        var dw = new Matrix<double>[net.L + 1];
        var db = new Matrix<double>[net.L + 1];
        dw[0] = Network.Empty;
        db[0] = Network.Empty;
        for (int l = 1; l <= net.L; l++)
        {
            dw[l] = WeightGradient(deltas[l], cache.A[l - 1]);
            db[l] = BiasGradient(deltas[l]);
        }
        return new Gradients(dw, db);
    }

    // deltas[l] for l = 1..L, as double[,] (rows = neurons, columns = samples); σ′ = a(1 − a).
    private static double[][,] Deltas(Network net, ForwardCache cache, Matrix<double> Y)
    {
        int L = net.L, samples = Y.ColumnCount;
        var deltas = new double[L + 1][,];
        deltas[L] = new double[net.Sizes[L], samples];
        for (int i = 0; i < net.Sizes[L]; i++)
            for (int s = 0; s < samples; s++)
            {
                double a = cache.A[L][i, s];
                deltas[L][i, s] = 2 * (a - Y[i, s]) * a * (1 - a);
            }
        for (int l = L - 1; l >= 1; l--)
        {
            deltas[l] = new double[net.Sizes[l], samples];
            for (int j = 0; j < net.Sizes[l]; j++)
                for (int s = 0; s < samples; s++)
                {
                    double back = 0;
                    for (int i = 0; i < net.Sizes[l + 1]; i++) back += net.W[l + 1][i, j] * deltas[l + 1][i, s];
                    double a = cache.A[l][j, s];
                    deltas[l][j, s] = back * a * (1 - a);
                }
        }
        return deltas;
    }

    private static Matrix<double> WeightGradient(double[,] delta, Matrix<double> previous)
    {
        int rows = delta.GetLength(0), samples = delta.GetLength(1), cols = previous.RowCount;
        var g = new double[rows, cols];
        for (int i = 0; i < rows; i++)
            for (int k = 0; k < cols; k++)
            {
                double sum = 0;
                for (int s = 0; s < samples; s++) sum += delta[i, s] * previous[k, s];
                g[i, k] = sum / samples;
            }
        return Matrix<double>.Build.DenseOfArray(g);
    }

    private static Matrix<double> BiasGradient(double[,] delta)
    {
        int rows = delta.GetLength(0), samples = delta.GetLength(1);
        var g = new double[rows, 1];
        for (int i = 0; i < rows; i++)
        {
            double sum = 0;
            for (int s = 0; s < samples; s++) sum += delta[i, s];
            g[i, 0] = sum / samples;
        }
        return Matrix<double>.Build.DenseOfArray(g);
    }
}
