using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

/// <summary>The forward pass, the cost and its gradient by backpropagation. Samples are the
/// COLUMNS of X (n_0 × N) and Y (n_L × N).</summary>
public static class Backpropagation
{
    /// <summary>A[0] = X; for l = 1..L: Z[l] = W[l]·A[l−1] + b[l] (b added to every column) and
    /// A[l] = σ(Z[l]). Z[0] is unused (Network.Empty).</summary>
    public static ForwardCache Forward(Network net, Matrix<double> X)
    {
        var z = new Matrix<double>[net.L + 1];
        var a = new Matrix<double>[net.L + 1];
        z[0] = Network.Empty;
        a[0] = X;
        for (var l = 1; l <= net.L; l++)
        {
            z[l] = net.W[l] * a[l - 1] + net.B[l];
            a[l] = Activation.Sigma(z[l]);
        }
        return new ForwardCache(z, a);
    }

    /// <summary>C = ‖A[L] − Y‖²_F / N: squared error summed over the outputs, averaged over the
    /// N samples (not over the outputs as well).</summary>
    public static double Cost(Network net, Matrix<double> X, Matrix<double> Y)
    {
        var d = Forward(net, X).A[net.L] - Y;
        var norm = d.FrobeniusNorm();
        return norm * norm / X.ColumnCount;
    }

    // ── The course's per-layer Jacobians for a 3-layer network such as 1-6-7-2. Each takes the
    //    cache of Forward(net, X), so A[0] is X and N = A[0].ColumnCount. ──────────────────────

    /// <summary>∂C/∂W[3] = δ3·A[2]ᵀ / N with δ3 = 2(A[3] − Y) ⊙ σ′(Z[3]). (Worked example.)</summary>
    public static Matrix<double> J_W3(Network net, ForwardCache cache, Matrix<double> Y) =>
        Delta3(cache, Y) * cache.A[2].Transpose() / SampleCount(cache);

    /// <summary>∂C/∂b[3] = δ3 summed over the samples / N, an n_3 × 1 column. (Worked example.)</summary>
    public static Matrix<double> J_b3(Network net, ForwardCache cache, Matrix<double> Y) =>
        RowMean(Delta3(cache, Y));

    /// <summary>∂C/∂W[2] = δ2·A[1]ᵀ / N with δ2 = (W[3]ᵀ·δ3) ⊙ σ′(Z[2]).</summary>
    public static Matrix<double> J_W2(Network net, ForwardCache cache, Matrix<double> Y) =>
        Delta2(net, cache, Y) * cache.A[1].Transpose() / SampleCount(cache);

    /// <summary>∂C/∂b[2] = row sums of δ2 / N.</summary>
    public static Matrix<double> J_b2(Network net, ForwardCache cache, Matrix<double> Y) =>
        RowMean(Delta2(net, cache, Y));

    /// <summary>∂C/∂W[1] = δ1·A[0]ᵀ / N with δ1 = (W[2]ᵀ·δ2) ⊙ σ′(Z[1]).</summary>
    public static Matrix<double> J_W1(Network net, ForwardCache cache, Matrix<double> Y) =>
        Delta1(net, cache, Y) * cache.A[0].Transpose() / SampleCount(cache);

    /// <summary>∂C/∂b[1] = row sums of δ1 / N.</summary>
    public static Matrix<double> J_b1(Network net, ForwardCache cache, Matrix<double> Y) =>
        RowMean(Delta1(net, cache, Y));

    private static Matrix<double> Delta3(ForwardCache c, Matrix<double> y) =>
        (2 * (c.A[3] - y)).PointwiseMultiply(Activation.DSigma(c.Z[3]));

    private static Matrix<double> Delta2(Network net, ForwardCache c, Matrix<double> y) =>
        (net.W[3].Transpose() * Delta3(c, y)).PointwiseMultiply(Activation.DSigma(c.Z[2]));

    private static Matrix<double> Delta1(Network net, ForwardCache c, Matrix<double> y) =>
        (net.W[2].Transpose() * Delta2(net, c, y)).PointwiseMultiply(Activation.DSigma(c.Z[1]));

    // ── Any number of layers. ──────────────────────────────────────────────────────────────────

    /// <summary>∂C/∂W[l] and ∂C/∂b[l] for every layer: one forward pass, then the δ recursion
    /// δL = 2(A[L] − Y) ⊙ σ′(Z[L]), δl = (W[l+1]ᵀ·δ(l+1)) ⊙ σ′(Z[l]), with
    /// DW[l] = δl·A[l−1]ᵀ / N and DB[l] = row sums of δl / N.</summary>
    public static Gradients Backprop(Network net, Matrix<double> X, Matrix<double> Y)
    {
        var cache = Forward(net, X);
        var n = (double)X.ColumnCount;
        var g = Gradients.ZerosLike(net);
        var delta = (2 * (cache.A[net.L] - Y)).PointwiseMultiply(Activation.DSigma(cache.Z[net.L]));
        for (var l = net.L; l >= 1; l--)
        {
            g.DW[l] = delta * cache.A[l - 1].Transpose() / n;
            g.DB[l] = RowMean(delta);
            // Going back a layer: a matrix product with W[l]ᵀ, then σ′ of the previous layer's z.
            if (l > 1) delta = (net.W[l].Transpose() * delta).PointwiseMultiply(Activation.DSigma(cache.Z[l - 1]));
        }
        return g;
    }

    /// <summary>The n×1 column b repeated across N columns (MathNet does not broadcast).</summary>
    private static Matrix<double> Broadcast(Matrix<double> b, int columns) =>
        b * Matrix<double>.Build.Dense(1, columns, 1.0);

    /// <summary>The mean of each row, as an n×1 column: a sum over the samples divided by N.</summary>
    private static Matrix<double> RowMean(Matrix<double> m) => (m.RowSums() / m.ColumnCount).ToColumnMatrix();

    private static double SampleCount(ForwardCache c) => c.A[0].ColumnCount;
}
