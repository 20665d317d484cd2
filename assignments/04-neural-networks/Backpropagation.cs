using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

/// <summary>The forward pass, the cost and its gradient by backpropagation. Samples are the
/// COLUMNS of X (n_0 × N) and Y (n_L × N). See README.md for the formulas and shapes.</summary>
public static class Backpropagation
{
    /// <summary>A[0] = X; for l = 1..L: Z[l] = W[l]·A[l−1] + b[l] (b added to every column) and
    /// A[l] = σ(Z[l]). Z[0] is unused (Network.Empty).</summary>
    public static ForwardCache Forward(Network net, Matrix<double> X)
    {
        throw new NotImplementedException();
    }

    /// <summary>C = ‖A[L] − Y‖²_F / N: squared error summed over the outputs, averaged over the
    /// N samples.</summary>
    public static double Cost(Network net, Matrix<double> X, Matrix<double> Y)
    {
        throw new NotImplementedException();
    }

    // ── The course's per-layer Jacobians for a 3-layer network such as 1-6-7-2. Each takes the
    //    cache of Forward(net, X), so A[0] is X and N = A[0].ColumnCount. ──────────────────────

    /// <summary>∂C/∂W[3] = δ3·A[2]ᵀ / N with δ3 = 2(A[3] − Y) ⊙ σ′(Z[3]). The README has this one
    /// as a worked example.</summary>
    public static Matrix<double> J_W3(Network net, ForwardCache cache, Matrix<double> Y)
    {
        throw new NotImplementedException();
    }

    /// <summary>∂C/∂b[3] = (row sums of δ3) / N, an n_3 × 1 column. Also a worked example.</summary>
    public static Matrix<double> J_b3(Network net, ForwardCache cache, Matrix<double> Y)
    {
        throw new NotImplementedException();
    }

    /// <summary>∂C/∂W[2] = δ2·A[1]ᵀ / N with δ2 = (W[3]ᵀ·δ3) ⊙ σ′(Z[2]).</summary>
    public static Matrix<double> J_W2(Network net, ForwardCache cache, Matrix<double> Y)
    {
        throw new NotImplementedException();
    }

    /// <summary>∂C/∂b[2] = (row sums of δ2) / N, an n_2 × 1 column.</summary>
    public static Matrix<double> J_b2(Network net, ForwardCache cache, Matrix<double> Y)
    {
        throw new NotImplementedException();
    }

    /// <summary>∂C/∂W[1] = δ1·A[0]ᵀ / N with δ1 = (W[2]ᵀ·δ2) ⊙ σ′(Z[1]).</summary>
    public static Matrix<double> J_W1(Network net, ForwardCache cache, Matrix<double> Y)
    {
        throw new NotImplementedException();
    }

    /// <summary>∂C/∂b[1] = (row sums of δ1) / N, an n_1 × 1 column.</summary>
    public static Matrix<double> J_b1(Network net, ForwardCache cache, Matrix<double> Y)
    {
        throw new NotImplementedException();
    }

    // ── Any number of layers. ──────────────────────────────────────────────────────────────────

    /// <summary>∂C/∂W[l] and ∂C/∂b[l] for every layer l = 1..L, with one forward pass and the δ
    /// recursion from the output layer back. DW[l] has the shape of W[l], DB[l] that of B[l];
    /// index 0 is unused (Gradients.ZerosLike(net) has this layout). Must not change net, X or Y.</summary>
    public static Gradients Backprop(Network net, Matrix<double> X, Matrix<double> Y)
    {
        throw new NotImplementedException();
    }
}
