using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

[TestFixture]
public class ComparisonTests
{
    private const int Degree = 5;
    private const double Lambda = 1e-6;
    private static readonly TrainOptions Options = new() { Epochs = 150, DecayEvery = 50 };

    private sealed record Case(Matrix<double> X, Matrix<double> Y, Matrix<double> XTest, Matrix<double> YTest, int Seed, string What);

    private static Case Make()
    {
        var (x, y) = Data.Heart(200, 401, 0.02);
        var (xt, yt) = Data.Heart(500, 400, 0);
        var seed = Data.Seed(4001);
        return new Case(x, y, xt, yt, seed,
            $"Compare on 200 heart-curve rows (noise 0.02), seed {seed}, a 500-point hidden noise-free test set, degree {Degree}, λ = {Fmt.Num(Lambda)}, " +
            "options { Epochs = 150, DecayEvery = 50 } (the rest default)");
    }

    private static (double NetworkMse, double BaselineMse) Run(Case c) =>
        Baseline.Compare(c.X.Clone(), c.Y.Clone(), c.XTest.Clone(), c.YTest.Clone(), Options, c.Seed, Degree, Lambda);

    private static double BaselineOn(Matrix<double> x, Matrix<double> y, Case c) =>
        Oracle.Mse(Oracle.Features(c.XTest, Degree) * Oracle.Ridge(Oracle.Features(x, Degree), y, Lambda), c.YTest);

    [Test, Points(1), Task("comparison")]
    public void Compare_BaselineIsRidgeOnTheTrainingRows()
    {
        var c = Make();
        var got = Run(c);
        var (xTr, yTr, xVa, yVa) = Training.Split(c.X.Clone(), c.Y.Clone(), Options.ValFraction, c.Seed);
        var expected = BaselineOn(xTr, yTr, c);
        if (Approx.Close(got.BaselineMse, expected, 1e-6, 0)) return;
        string hint;
        if (Approx.Close(got.BaselineMse, BaselineOn(c.X, c.Y, c), 1e-6, 0))
            hint = "Mistake [m06.baseline-all-rows]: your baseline was fitted on ALL the rows, validation rows included. Fix: fit it on the " +
                   "training rows of the same split the network trains on, Split(X, Y, options.ValFraction, seed), so that both models see the same data.";
        else if (Approx.Close(got.BaselineMse, BaselineOn(xVa, yVa, c), 1e-6, 0))
            hint = "Mistake [m06.baseline-validation-rows]: your baseline was fitted on the validation rows. Fix: fit it on the training rows.";
        else if (Approx.Close(got.BaselineMse, Oracle.Mse(Oracle.Features(c.XTest, Degree - 1) *
                     Oracle.Ridge(Oracle.Features(xTr, Degree - 1), yTr, Lambda), c.YTest), 1e-6, 0))
            hint = $"Mistake [m06.baseline-degree-off-by-one]: that is the degree-{Degree - 1} baseline. Fix: PolynomialFeatures(X, degree) " +
                   "has degree + 1 columns, t⁰ … t^degree.";
        else
            hint = "BaselineMse = MeanSquaredError(PolynomialFeatures(XTest, degree)·Θ, YTest) with Θ = Ridge(PolynomialFeatures(XTrain, degree), YTrain, λ).";
        Assert.Fail(Approx.Message($"{c.What}: BaselineMse", expected, got.BaselineMse,
            "ridge on the training rows of Split(X, Y, 0.2, seed), computed by the test", hint));
    }

    [Test, Points(2), Task("comparison")]
    public void Compare_NetworkBeatsTheLinearBaseline()
    {
        var c = Make();
        var got = Run(c);

        // First: is NetworkMse the test error of the network Fit returns? (Only checkable when Fit is reproducible;
        // if it is not, the reproducibility tests say so.)
        var net = Training.Fit(c.X.Clone(), c.Y.Clone(), Options, c.Seed).Network;
        var expected = net.Loss(c.XTest, c.YTest);
        if (!Approx.Close(got.NetworkMse, expected, 1e-9, 0) &&
            Training.Fit(c.X.Clone(), c.Y.Clone(), Options, c.Seed).Network.Loss(c.XTest, c.YTest) == expected)
        {
            var predicted = Training.Predict(net, c.XTest);
            var hint = Approx.Close(got.NetworkMse, Oracle.Mse(Oracle.Forward(net, c.XTest, tanhOutput: true), c.YTest), 1e-9, 0)
                ? "Mistake [m06.predict-tanh-output]: your Predict applies tanh in the output layer. Fix: the output layer is linear (this is regression)."
                : Approx.Close(got.NetworkMse, expected / 2, 1e-9, 0)
                    ? "Mistake [m06.mse-per-entry]: it is half the expected value. Fix: MeanSquaredError must divide by N (rows), not N·m."
                    : "NetworkMse = MeanSquaredError(Predict(Fit(X, Y, options, seed).Network, XTest), YTest).";
            Assert.Fail(Approx.Message($"{c.What}: NetworkMse", expected, got.NetworkMse,
                "Fit(X, Y, options, seed).Network.Loss(XTest, YTest), from your own Fit", hint) +
                (Approx.Close(Oracle.Mse(predicted, c.YTest), expected, 1e-9, 0) ? "" : " (Your Predict does not match the network's forward pass; see the predict task.)"));
        }

        var (xTr, yTr, _, _) = Training.Split(c.X.Clone(), c.Y.Clone(), Options.ValFraction, c.Seed);
        var baseline = BaselineOn(xTr, yTr, c);
        Check.That(double.IsFinite(got.NetworkMse) && got.NetworkMse < 0.5 * baseline,
            $"{c.What}: the network's test MSE must be below half the baseline's; got NetworkMse = {Fmt.Num(got.NetworkMse)}, while ridge on " +
            $"degree-{Degree} features scores {Fmt.Num(baseline)} (computed by the test). With these options a correct solution's ratio " +
            "NetworkMse / BaselineMse is about 0.17 (at most 0.29 over 300 measured runs). Check the training (Fit) and that NetworkMse is " +
            "measured on the TEST set with the best-validation network.");
    }
}
