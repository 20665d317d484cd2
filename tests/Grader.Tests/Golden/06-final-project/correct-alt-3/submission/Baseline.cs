using MathNet.Numerics.LinearAlgebra;

namespace FinalProject;

public static class Baseline
{
    public static Matrix<double> PolynomialFeatures(Matrix<double> X, int degree)
    {
        var phi = Matrix<double>.Build.Dense(X.RowCount, degree + 1);
        for (var i = 0; i < X.RowCount; i++)
        {
            var p = 1.0;
            for (var k = 0; k <= degree; k++, p *= X[i, 0]) phi[i, k] = p;
        }
        return phi;
    }

    // (ΦᵀΦ + λI)Θ = ΦᵀY by Cholesky, every output column at once.
    public static Matrix<double> Ridge(Matrix<double> Phi, Matrix<double> Y, double lambda)
    {
        var p = Phi.ColumnCount;
        var a = Phi.TransposeThisAndMultiply(Phi) + lambda * Matrix<double>.Build.DenseIdentity(p);
        return a.Cholesky().Solve(Phi.TransposeThisAndMultiply(Y));
    }

    public static double MeanSquaredError(Matrix<double> predicted, Matrix<double> Y)
    {
        double total = 0;
        for (var i = 0; i < Y.RowCount; i++)
            total += (predicted.Row(i) - Y.Row(i)).DotProduct(predicted.Row(i) - Y.Row(i));
        return total / Y.RowCount;
    }

    public static (double NetworkMse, double BaselineMse) Compare(Matrix<double> X, Matrix<double> Y,
        Matrix<double> XTest, Matrix<double> YTest, TrainOptions options, int seed, int degree, double lambda)
    {
        var network = Training.Fit(X, Y, options, seed).Network;
        var split = Training.Split(X, Y, options.ValFraction, seed);
        var theta = Ridge(PolynomialFeatures(split.XTrain, degree), split.YTrain, lambda);
        var networkMse = MeanSquaredError(Training.Predict(network, XTest), YTest);
        var baselineMse = MeanSquaredError(PolynomialFeatures(XTest, degree) * theta, YTest);
        return (networkMse, baselineMse);
    }
}
