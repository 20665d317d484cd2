using MathNet.Numerics.LinearAlgebra;

namespace FinalProject;

/// <summary>The module-5 baseline the network is compared with: ridge regression on polynomial
/// features of t, one coefficient column per output.</summary>
public static class Baseline
{
    /// <summary>Φ for an N×1 input X: N×(degree + 1), Φ[i, k] = tᵢᵏ (column 0 all ones).</summary>
    public static Matrix<double> PolynomialFeatures(Matrix<double> X, int degree)
    {
        throw new NotImplementedException();
    }

    /// <summary>Ridge regression with several outputs: the p×m matrix Θ solving
    /// (ΦᵀΦ + λI)Θ = ΦᵀY (every coefficient penalised), one column per column of Y.</summary>
    public static Matrix<double> Ridge(Matrix<double> Phi, Matrix<double> Y, double lambda)
    {
        throw new NotImplementedException();
    }

    /// <summary>(1/N)·Σᵢ ‖predictedᵢ − yᵢ‖²: squared errors summed over the outputs of a row, averaged
    /// over the N rows (the same measure as Network.Loss).</summary>
    public static double MeanSquaredError(Matrix<double> predicted, Matrix<double> Y)
    {
        throw new NotImplementedException();
    }

    /// <summary>Trains both models and scores them on a held-out test set: the network with
    /// Fit(X, Y, options, seed) and Predict; the baseline by Ridge on PolynomialFeatures of the
    /// TRAINING rows of Split(X, Y, options.ValFraction, seed). Returns both test-set MSEs.</summary>
    public static (double NetworkMse, double BaselineMse) Compare(Matrix<double> X, Matrix<double> Y,
        Matrix<double> XTest, Matrix<double> YTest, TrainOptions options, int seed, int degree, double lambda)
    {
        throw new NotImplementedException();
    }
}
