using MathNet.Numerics.LinearAlgebra;

namespace FinalProject;

// Features by repeated multiplication, ridge through LU on the normal equations with λ added to
// the diagonal in a loop, the MSE in a double loop.
public static class Baseline
{
    public static Matrix<double> PolynomialFeatures(Matrix<double> X, int degree)
    {
        var phi = Matrix<double>.Build.Dense(X.RowCount, degree + 1);
        for (var i = 0; i < X.RowCount; i++)
        {
            var power = 1.0;
            for (var k = 0; k <= degree; k++)
            {
                phi[i, k] = power;
                power *= X[i, 0];
            }
        }
        return phi;
    }

    public static Matrix<double> Ridge(Matrix<double> Phi, Matrix<double> Y, double lambda)
    {
        var a = Phi.Transpose() * Phi;
        for (var k = 0; k < a.RowCount; k++) a[k, k] += lambda;
        return a.Solve(Phi.Transpose() * Y);
    }

    public static double MeanSquaredError(Matrix<double> predicted, Matrix<double> Y)
    {
        var sum = 0.0;
        for (var i = 0; i < Y.RowCount; i++)
            for (var j = 0; j < Y.ColumnCount; j++)
            {
                var d = predicted[i, j] - Y[i, j];
                sum += d * d;
            }
        return sum / Y.RowCount;
    }

    public static (double NetworkMse, double BaselineMse) Compare(Matrix<double> X, Matrix<double> Y,
        Matrix<double> XTest, Matrix<double> YTest, TrainOptions options, int seed, int degree, double lambda)
    {
        var result = Training.Fit(X, Y, options, seed);
        var split = Training.Split(X, Y, options.ValFraction, seed);
        var theta = Ridge(PolynomialFeatures(split.XTrain, degree), split.YTrain, lambda);
        var networkMse = MeanSquaredError(Training.Predict(result.Network, XTest), YTest);
        var baselineMse = MeanSquaredError(PolynomialFeatures(XTest, degree) * theta, YTest);
        return (networkMse, baselineMse);
    }
}
