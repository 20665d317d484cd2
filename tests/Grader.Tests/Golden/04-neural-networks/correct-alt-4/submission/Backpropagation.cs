using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class Backpropagation
{
    private static Matrix<double> Ones(int n) => Matrix<double>.Build.Dense(1, n, 1.0);

    public static ForwardCache Forward(Network net, Matrix<double> X)
    {
        var Z = new List<Matrix<double>> { Network.Empty };
        var A = new List<Matrix<double>> { X };
        foreach (var l in Enumerable.Range(1, net.L))
        {
            var z = net.W[l] * A[l - 1] + net.B[l] * Ones(X.ColumnCount);
            Z.Add(z);
            A.Add(z.Map(Activation.Sigma));
        }
        return new ForwardCache(Z.ToArray(), A.ToArray());
    }

    public static double Cost(Network net, Matrix<double> X, Matrix<double> Y)
    {
        var err = Forward(net, X).A[net.L] - Y;
        return err.Enumerate().Sum(e => e * e) / X.ColumnCount;
    }

    // σ′(Z) written from the activations: σ′(z) = σ(z)(1 − σ(z)) = a(1 − a).
    private static Matrix<double> SigmaPrime(Matrix<double> a) => a.PointwiseMultiply(1 - a);

    private static Matrix<double> OutputDelta(ForwardCache c, Matrix<double> Y, int L) => 2 * (c.A[L] - Y).PointwiseMultiply(SigmaPrime(c.A[L]));

    private static Matrix<double> Back(Network net, ForwardCache c, Matrix<double> deltaAbove, int l) =>
        (net.W[l + 1].Transpose() * deltaAbove).PointwiseMultiply(SigmaPrime(c.A[l]));

    private static Matrix<double> DW(Matrix<double> delta, Matrix<double> aPrev) => delta * aPrev.Transpose() * (1.0 / aPrev.ColumnCount);

    private static Matrix<double> DB(Matrix<double> delta) => delta * Ones(delta.ColumnCount).Transpose() * (1.0 / delta.ColumnCount);

    public static Matrix<double> J_W3(Network net, ForwardCache cache, Matrix<double> Y) => DW(OutputDelta(cache, Y, 3), cache.A[2]);
    public static Matrix<double> J_b3(Network net, ForwardCache cache, Matrix<double> Y) => DB(OutputDelta(cache, Y, 3));

    public static Matrix<double> J_W2(Network net, ForwardCache cache, Matrix<double> Y) =>
        DW(Back(net, cache, OutputDelta(cache, Y, 3), 2), cache.A[1]);

    public static Matrix<double> J_b2(Network net, ForwardCache cache, Matrix<double> Y) =>
        DB(Back(net, cache, OutputDelta(cache, Y, 3), 2));

    public static Matrix<double> J_W1(Network net, ForwardCache cache, Matrix<double> Y) =>
        DW(Back(net, cache, Back(net, cache, OutputDelta(cache, Y, 3), 2), 1), cache.A[0]);

    public static Matrix<double> J_b1(Network net, ForwardCache cache, Matrix<double> Y) =>
        DB(Back(net, cache, Back(net, cache, OutputDelta(cache, Y, 3), 2), 1));

    public static Gradients Backprop(Network net, Matrix<double> X, Matrix<double> Y)
    {
        var cache = Forward(net, X);
        var grads = Gradients.ZerosLike(net);
        Matrix<double>? delta = null;
        for (var l = net.L; l > 0; l--)
        {
            delta = l == net.L ? OutputDelta(cache, Y, l) : Back(net, cache, delta!, l);
            grads.DW[l] = DW(delta, cache.A[l - 1]);
            grads.DB[l] = DB(delta);
        }
        return grads;
    }
}
