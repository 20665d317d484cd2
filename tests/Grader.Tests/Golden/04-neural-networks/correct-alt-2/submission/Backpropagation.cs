using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class Backpropagation
{
    public static ForwardCache Forward(Network net, Matrix<double> X)
    {
        var zs = new List<Matrix<double>> { Network.Empty };
        var activations = new List<Matrix<double>> { X };
        for (var l = 1; l <= net.L; l++)
        {
            var bias = net.B[l];
            var z = (net.W[l] * activations[l - 1]).MapIndexed((i, _, v) => v + bias[i, 0]);
            zs.Add(z);
            activations.Add(Activation.Sigma(z));
        }
        return new ForwardCache(zs.ToArray(), activations.ToArray());
    }

    public static double Cost(Network net, Matrix<double> X, Matrix<double> Y)
    {
        var cache = Forward(net, X);
        return (cache.A[net.L] - Y).Enumerate().Sum(d => d * d) / X.ColumnCount;
    }

    // Course notebook style: every Jacobian redoes the chain from the output layer.
    public static Matrix<double> J_W3(Network net, ForwardCache cache, Matrix<double> Y)
    {
        var j = 2 * (cache.A[3] - Y);
        j = j.PointwiseMultiply(Activation.DSigma(cache.Z[3]));
        return j * cache.A[2].Transpose() / cache.A[0].ColumnCount;
    }

    public static Matrix<double> J_b3(Network net, ForwardCache cache, Matrix<double> Y)
    {
        var j = 2 * (cache.A[3] - Y);
        j = j.PointwiseMultiply(Activation.DSigma(cache.Z[3]));
        return j * Ones(j.ColumnCount) / cache.A[0].ColumnCount;
    }

    public static Matrix<double> J_W2(Network net, ForwardCache cache, Matrix<double> Y)
    {
        var j = 2 * (cache.A[3] - Y);
        j = j.PointwiseMultiply(Activation.DSigma(cache.Z[3]));
        j = net.W[3].TransposeThisAndMultiply(j).PointwiseMultiply(Activation.DSigma(cache.Z[2]));
        return j.TransposeAndMultiply(cache.A[1]) / cache.A[0].ColumnCount;
    }

    public static Matrix<double> J_b2(Network net, ForwardCache cache, Matrix<double> Y)
    {
        var j = 2 * (cache.A[3] - Y);
        j = j.PointwiseMultiply(Activation.DSigma(cache.Z[3]));
        j = net.W[3].TransposeThisAndMultiply(j).PointwiseMultiply(Activation.DSigma(cache.Z[2]));
        return j * Ones(j.ColumnCount) / cache.A[0].ColumnCount;
    }

    public static Matrix<double> J_W1(Network net, ForwardCache cache, Matrix<double> Y)
    {
        var j = 2 * (cache.A[3] - Y);
        j = j.PointwiseMultiply(Activation.DSigma(cache.Z[3]));
        j = net.W[3].TransposeThisAndMultiply(j).PointwiseMultiply(Activation.DSigma(cache.Z[2]));
        j = net.W[2].TransposeThisAndMultiply(j).PointwiseMultiply(Activation.DSigma(cache.Z[1]));
        return j.TransposeAndMultiply(cache.A[0]) / cache.A[0].ColumnCount;
    }

    public static Matrix<double> J_b1(Network net, ForwardCache cache, Matrix<double> Y)
    {
        var j = 2 * (cache.A[3] - Y);
        j = j.PointwiseMultiply(Activation.DSigma(cache.Z[3]));
        j = net.W[3].TransposeThisAndMultiply(j).PointwiseMultiply(Activation.DSigma(cache.Z[2]));
        j = net.W[2].TransposeThisAndMultiply(j).PointwiseMultiply(Activation.DSigma(cache.Z[1]));
        return j * Ones(j.ColumnCount) / cache.A[0].ColumnCount;
    }

    public static Gradients Backprop(Network net, Matrix<double> X, Matrix<double> Y)
    {
        var cache = Forward(net, X);
        var deltas = new Matrix<double>[net.L + 1];
        deltas[net.L] = (cache.A[net.L] - Y).Multiply(2.0).PointwiseMultiply(Activation.DSigma(cache.Z[net.L]));
        for (var l = net.L - 1; l >= 1; l--)
            deltas[l] = net.W[l + 1].TransposeThisAndMultiply(deltas[l + 1]).PointwiseMultiply(Activation.DSigma(cache.Z[l]));

        var result = Gradients.ZerosLike(net);
        var scale = 1.0 / X.ColumnCount;
        for (var l = 1; l <= net.L; l++)
        {
            result.DW[l] = deltas[l].TransposeAndMultiply(cache.A[l - 1]).Multiply(scale);
            result.DB[l] = deltas[l].Multiply(Ones(X.ColumnCount)).Multiply(scale);
        }
        return result;
    }

    private static Matrix<double> Ones(int n) => Matrix<double>.Build.Dense(n, 1, 1.0);
}
