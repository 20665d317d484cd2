using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace FinalProject;

/// <summary>The module-5 baseline the network is compared with: ridge regression on polynomial
/// features of t, one coefficient column per output.</summary>
public static class Baseline
{
    /// <summary>Φ for an N×1 input X: N×(degree + 1), Φ[i, k] = tᵢᵏ (column 0 all ones).</summary>
    public static Matrix<double> PolynomialFeatures(Matrix<double> X, int degree)
    {
        if (X.ColumnCount != 1) throw new ArgumentException("PolynomialFeatures takes one input column (t).", nameof(X));
        return Matrix<double>.Build.Dense(X.RowCount, degree + 1, (i, k) => Math.Pow(X[i, 0], k));
    }

    /// <summary>Ridge with several outputs: Θ ((p × m), one column per output) solving
    /// (ΦᵀΦ + λI)Θ = ΦᵀY, every coefficient penalised. Solved as least squares on the augmented
    /// system [Φ; √λ·I]Θ ≈ [Y; 0] with a thin QR, which never forms ΦᵀΦ.</summary>
    public static Matrix<double> Ridge(Matrix<double> Phi, Matrix<double> Y, double lambda)
    {
        var p = Phi.ColumnCount;
        var a = Phi.Stack(Matrix<double>.Build.DenseIdentity(p) * Math.Sqrt(lambda));
        var b = Y.Stack(Matrix<double>.Build.Dense(p, Y.ColumnCount));
        return a.QR(QRMethod.Thin).Solve(b);
    }

    /// <summary>(1/N)·Σᵢ ‖predictedᵢ − yᵢ‖²: the same measure as <see cref="Network.Loss"/>.</summary>
    public static double MeanSquaredError(Matrix<double> predicted, Matrix<double> Y)
    {
        var d = predicted - Y;
        return d.PointwiseMultiply(d).Enumerate().Sum() / Y.RowCount;
    }

    /// <summary>Trains both models on the same data and scores them on a held-out test set: the
    /// network with Fit(X, Y, options, seed), the baseline by ridge on polynomial features of the
    /// TRAINING rows of Split(X, Y, options.ValFraction, seed). Returns both test-set MSEs.</summary>
    public static (double NetworkMse, double BaselineMse) Compare(Matrix<double> X, Matrix<double> Y,
        Matrix<double> XTest, Matrix<double> YTest, TrainOptions options, int seed, int degree, double lambda)
    {
        var net = Training.Fit(X, Y, options, seed).Network;
        var (xTrain, yTrain, _, _) = Training.Split(X, Y, options.ValFraction, seed);
        var theta = Ridge(PolynomialFeatures(xTrain, degree), yTrain, lambda);
        var baseline = PolynomialFeatures(XTest, degree) * theta;
        return (MeanSquaredError(Training.Predict(net, XTest), YTest), MeanSquaredError(baseline, YTest));
    }
}
