using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.HiddenTests;

/// <summary>Slips the diagnosis can recognise: the oracle computes the gradient with each one
/// made everywhere, and a wrong answer that matches a variant is named by it.</summary>
internal enum Slip
{
    None,
    SumNotMean,           // no 1/N: the gradient grows with the batch
    FactorTwoDropped,     // d(a − y)²/da taken as (a − y)
    MeanOverOutputsToo,   // divided by N·n_L, as if the cost averaged over every entry
    SignFlipped,          // (y − a) instead of (a − y)
    SigmaPrimeOfA,        // σ′(A[l]) instead of σ′(Z[l])
    NoSigmaPrimeAtOutput, // δL = 2(A[L] − Y), as for a linear output layer
    NoSigmaPrimeInHidden, // δl = W[l+1]ᵀ·δ(l+1) without ⊙ σ′(Z[l])
    NoTranspose,          // W[l+1]·δ(l+1) instead of W[l+1]ᵀ·δ(l+1) (only possible when square)
    ThisLayersActivation, // DW[l] = δl·A[l]ᵀ instead of δl·A[l−1]ᵀ (only possible when square)
}

/// <summary>The tests' own forward pass, cost, backpropagation and finite differences. It uses
/// only the course-provided types, never the submission's methods, so it is a fixed yardstick.</summary>
internal static class Oracle
{
    public static (Matrix<double>[] Z, Matrix<double>[] A) Forward(Network net, Matrix<double> x)
    {
        var z = new Matrix<double>[net.L + 1];
        var a = new Matrix<double>[net.L + 1];
        z[0] = Network.Empty;
        a[0] = x;
        for (var l = 1; l <= net.L; l++)
        {
            var zl = net.W[l] * a[l - 1];
            for (var i = 0; i < zl.RowCount; i++)
                for (var j = 0; j < zl.ColumnCount; j++)
                    zl[i, j] += net.B[l][i, 0];
            z[l] = zl;
            a[l] = zl.Map(Activation.Sigma, Zeros.Include);
        }
        return (z, a);
    }

    public static ForwardCache Cache(Network net, Matrix<double> x)
    {
        var (z, a) = Forward(net, x);
        return new ForwardCache(z, a);
    }

    /// <summary>C = ‖A[L] − Y‖²_F / N.</summary>
    public static double Cost(Network net, Matrix<double> x, Matrix<double> y)
    {
        var (_, a) = Forward(net, x);
        var d = a[net.L] - y;
        return d.PointwiseMultiply(d).Enumerate().Sum() / x.ColumnCount;
    }

    /// <summary>The gradient, optionally with one slip made in every layer.</summary>
    public static Gradients Backprop(Network net, Matrix<double> x, Matrix<double> y, Slip slip = Slip.None)
    {
        var (z, a) = Forward(net, x);
        var n = x.ColumnCount;
        var L = net.L;
        var dw = new Matrix<double>[L + 1];
        var db = new Matrix<double>[L + 1];
        dw[0] = Network.Empty;
        db[0] = Network.Empty;

        Matrix<double> Prime(int l) => slip == Slip.SigmaPrimeOfA
            ? a[l].Map(Activation.DSigma, Zeros.Include)
            : z[l].Map(Activation.DSigma, Zeros.Include);

        var outer = slip switch
        {
            Slip.FactorTwoDropped => a[L] - y,
            Slip.SignFlipped => 2 * (y - a[L]),
            _ => 2 * (a[L] - y),
        };
        var delta = slip == Slip.NoSigmaPrimeAtOutput ? outer : outer.PointwiseMultiply(Prime(L));
        double scale = slip switch
        {
            Slip.SumNotMean => 1,
            Slip.MeanOverOutputsToo => 1.0 / (n * net.Sizes[L]),
            _ => 1.0 / n,
        };
        for (var l = L; l >= 1; l--)
        {
            var previous = slip == Slip.ThisLayersActivation && a[l].RowCount == a[l - 1].RowCount ? a[l] : a[l - 1];
            dw[l] = delta * previous.Transpose() * scale;
            db[l] = (delta.RowSums() * scale).ToColumnMatrix();
            if (l == 1) break;
            var back = slip == Slip.NoTranspose && net.W[l].RowCount == net.W[l].ColumnCount
                ? net.W[l] * delta
                : net.W[l].Transpose() * delta;
            delta = slip == Slip.NoSigmaPrimeInHidden ? back : back.PointwiseMultiply(Prime(l - 1));
        }
        return new Gradients(dw, db);
    }

    /// <summary>Full-batch steepest descent on a copy of <paramref name="net"/>: the costs before and
    /// after every step, and the trained copy. <paramref name="fused"/> reproduces a common slip:
    /// each layer is updated as soon as its gradient is known, so the layers below are
    /// differentiated through the NEW W[l] instead of the one the step started from.</summary>
    public static (double[] Costs, Network Net) Train(Network net, Matrix<double> x, Matrix<double> y, double eta, int steps, bool fused = false)
    {
        var copy = net.Clone();
        var costs = new double[steps + 1];
        costs[0] = Cost(copy, x, y);
        for (var k = 1; k <= steps; k++)
        {
            if (fused) FusedStep(copy, x, y, eta);
            else
            {
                var g = Backprop(copy, x, y);
                for (var l = 1; l <= copy.L; l++)
                {
                    copy.W[l] = copy.W[l] - eta * g.DW[l];
                    copy.B[l] = copy.B[l] - eta * g.DB[l];
                }
            }
            costs[k] = Cost(copy, x, y);
        }
        return (costs, copy);
    }

    private static void FusedStep(Network net, Matrix<double> x, Matrix<double> y, double eta)
    {
        var (z, a) = Forward(net, x);
        var n = x.ColumnCount;
        var delta = (2 * (a[net.L] - y)).PointwiseMultiply(z[net.L].Map(Activation.DSigma, Zeros.Include));
        for (var l = net.L; l >= 1; l--)
        {
            net.W[l] = net.W[l] - eta * (delta * a[l - 1].Transpose() / n);
            net.B[l] = net.B[l] - eta * (delta.RowSums() / n).ToColumnMatrix();
            if (l > 1) delta = (net.W[l].Transpose() * delta).PointwiseMultiply(z[l - 1].Map(Activation.DSigma, Zeros.Include));
        }
    }

    /// <summary>Central differences of the oracle's cost for one parameter matrix, every entry,
    /// h = 1e-5, dividing by the distance actually stepped. The network is restored exactly.</summary>
    public static Matrix<double> FiniteDifferences(Network net, Matrix<double> x, Matrix<double> y, Matrix<double> p, double h = 1e-5)
    {
        var result = Matrix<double>.Build.Dense(p.RowCount, p.ColumnCount);
        for (var i = 0; i < p.RowCount; i++)
            for (var j = 0; j < p.ColumnCount; j++)
            {
                var saved = p[i, j];
                double up = saved + h, down = saved - h;
                p[i, j] = up;
                var cUp = Cost(net, x, y);
                p[i, j] = down;
                var cDown = Cost(net, x, y);
                p[i, j] = saved;
                result[i, j] = (cUp - cDown) / (up - down);
            }
        return result;
    }

    /// <summary>FD gradient of every parameter, laid out like <see cref="Gradients"/>.</summary>
    public static Gradients FiniteDifferences(Network net, Matrix<double> x, Matrix<double> y)
    {
        var dw = new Matrix<double>[net.L + 1];
        var db = new Matrix<double>[net.L + 1];
        dw[0] = Network.Empty;
        db[0] = Network.Empty;
        for (var l = 1; l <= net.L; l++)
        {
            dw[l] = FiniteDifferences(net, x, y, net.W[l]);
            db[l] = FiniteDifferences(net, x, y, net.B[l]);
        }
        return new Gradients(dw, db);
    }

    /// <summary>‖a − n‖ / (‖a‖ + ‖n‖) with Frobenius norms; 0 when both are zero.</summary>
    public static double NormRelative(Matrix<double> a, Matrix<double> n)
    {
        (a, n) = (Fresh(a), Fresh(n));
        var denominator = a.FrobeniusNorm() + n.FrobeniusNorm();
        return denominator == 0 ? 0 : (a - n).FrobeniusNorm() / denominator;
    }

    public static double NormRelative(IReadOnlyList<Matrix<double>> a, IReadOnlyList<Matrix<double>> n)
    {
        double d2 = 0, a2 = 0, n2 = 0;
        for (var k = 0; k < a.Count; k++)
        {
            var (ak, nk) = (Fresh(a[k]), Fresh(n[k]));
            var d = (ak - nk).FrobeniusNorm();
            var an = ak.FrobeniusNorm();
            var nn = nk.FrobeniusNorm();
            d2 += d * d;
            a2 += an * an;
            n2 += nn * nn;
        }
        var denominator = Math.Sqrt(a2) + Math.Sqrt(n2);
        return denominator == 0 ? 0 : Math.Sqrt(d2) / denominator;
    }

    /// <summary>The entries of <paramref name="m"/> in a plain dense matrix of the tests' own: the
    /// arithmetic and norms of a comparison then run MathNet's code, never a method a submission's
    /// own Matrix subclass overrides (a DoSubtract that returns zeros would make any answer "equal").</summary>
    private static Matrix<double> Fresh(Matrix<double> m) => Matrix<double>.Build.DenseOfMatrix(m);
}
