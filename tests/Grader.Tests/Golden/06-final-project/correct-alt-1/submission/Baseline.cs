using MathNet.Numerics.LinearAlgebra;

namespace FinalProject;

// Ridge by Cholesky on ΦᵀΦ + λI, features by LINQ, MSE through the Frobenius norm.
public static class Baseline
{
    public static Matrix<double> PolynomialFeatures(Matrix<double> X, int degree) =>
        Matrix<double>.Build.DenseOfRowArrays(
            X.Column(0).Select(t => Enumerable.Range(0, degree + 1).Select(k => Math.Pow(t, k)).ToArray()));

    public static Matrix<double> Ridge(Matrix<double> Phi, Matrix<double> Y, double lambda)
    {
        var a = Phi.TransposeThisAndMultiply(Phi) + lambda * Matrix<double>.Build.DenseIdentity(Phi.ColumnCount);
        return a.Cholesky().Solve(Phi.TransposeThisAndMultiply(Y));
    }

    public static double MeanSquaredError(Matrix<double> predicted, Matrix<double> Y)
    {
        var f = (predicted - Y).FrobeniusNorm();
        return f * f / Y.RowCount;
    }

    public static (double NetworkMse, double BaselineMse) Compare(Matrix<double> X, Matrix<double> Y,
        Matrix<double> XTest, Matrix<double> YTest, TrainOptions options, int seed, int degree, double lambda)
    {
        var (xt, yt, _, _) = Training.Split(X, Y, options.ValFraction, seed);
        var theta = Ridge(PolynomialFeatures(xt, degree), yt, lambda);
        var net = Training.Fit(X, Y, options, seed).Network;
        return (MeanSquaredError(Training.Predict(net, XTest), YTest),
                MeanSquaredError(PolynomialFeatures(XTest, degree) * theta, YTest));
    }
}
