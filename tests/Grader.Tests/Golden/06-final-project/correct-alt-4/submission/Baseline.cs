using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace FinalProject;

public static class Baseline
{
    public static Matrix<double> PolynomialFeatures(Matrix<double> X, int degree) =>
        Matrix<double>.Build.Dense(X.RowCount, degree + 1, (i, k) => Math.Pow(X[i, 0], k));

    // Least squares on [Φ; √λ·I] Θ ≈ [Y; 0], thin QR.
    public static Matrix<double> Ridge(Matrix<double> Phi, Matrix<double> Y, double lambda)
    {
        var p = Phi.ColumnCount;
        var a = Phi.Stack(Matrix<double>.Build.DiagonalIdentity(p).Multiply(Math.Sqrt(lambda)));
        var b = Y.Stack(Matrix<double>.Build.Dense(p, Y.ColumnCount));
        return a.QR(QRMethod.Thin).Solve(b);
    }

    public static double MeanSquaredError(Matrix<double> predicted, Matrix<double> Y)
    {
        var norm = (predicted - Y).FrobeniusNorm();
        return norm * norm / Y.RowCount;
    }

    public static (double NetworkMse, double BaselineMse) Compare(Matrix<double> X, Matrix<double> Y,
        Matrix<double> XTest, Matrix<double> YTest, TrainOptions options, int seed, int degree, double lambda)
    {
        var (xTrain, yTrain, _, _) = Training.Split(X, Y, options.ValFraction, seed);
        var theta = Ridge(PolynomialFeatures(xTrain, degree), yTrain, lambda);
        var fitted = Training.Fit(X, Y, options, seed);
        return (MeanSquaredError(Training.Predict(fitted.Network, XTest), YTest),
                MeanSquaredError(PolynomialFeatures(XTest, degree) * theta, YTest));
    }
}
