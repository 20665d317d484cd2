using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

/// <summary>A run built so that the validation loss falls and then rises: the network learns the
/// heart curve, but its validation targets are HALF the curve. On its way from its random start to
/// the curve the network passes near the half curve, then moves away from it, so the best
/// validation epoch lies in the middle of the run and early stopping has something to do.</summary>
[TestFixture]
public class EarlyStoppingTests
{
    private const int Patience = 15;

    private static (TrainResult R, Matrix<double> XVal, Matrix<double> YVal, string What) Run(int salt)
    {
        var (xTr, yTr) = Data.Heart(120, salt, 0.02);
        var (xVa, yCurve) = Data.Heart(40, salt + 1, 0);
        var yVa = yCurve * 0.5;
        var net = Network.Create([1, 16, 16, 2], Seeded.Rng(salt));
        var opt = new TrainOptions
        {
            Sizes = [1, 16, 16, 2], Epochs = 200, BatchSize = 16, LearningRate = 0.02, DecayEvery = 1000, Momentum = 0.9,
            Patience = Patience, ValFraction = 0.25,
        };
        var r = Training.Train(net, xTr.Clone(), yTr.Clone(), xVa.Clone(), yVa.Clone(), opt, new Random(Data.Seed(salt)));
        var what = "Train on 120 rows of the heart curve, validated on 40 rows whose targets are HALF the curve (so the validation loss " +
                   $"falls, then rises), BatchSize 16, γ = 0.02, β = 0.9, Epochs = 200, Patience = {Patience}";
        Runs.NotNull(r, what);
        return (r, xVa, yVa, what);
    }

    private static int ArgMin(double[] h)
    {
        var best = 0;
        for (var i = 1; i < h.Length; i++) if (h[i] < h[best]) best = i;
        return best;
    }

    [Test, Points(3), Task("early-stopping")]
    public void EarlyStopping_ReturnsTheBestValidationWeights()
    {
        foreach (var salt in new[] { 81, 83 })
        {
            var (r, xVa, yVa, what) = Run(salt);
            var h = r.ValLoss;
            var best = ArgMin(h);
            var min = h[best];
            var got = r.Network.Loss(xVa, yVa);
            if (salt == 81) LossPlot.Record(r, got);
            if (Approx.Close(got, min, 1e-9, 0))
            {
                Check.That(r.BestEpoch == best,
                    $"{what}: BestEpoch = {r.BestEpoch}, but the lowest ValLoss ({Fmt.Num(min)}) is at epoch {best} (epochs counted from 0). " +
                    "BestEpoch is the 0-based index of the lowest entry of ValLoss (the first one, on a tie).");
                continue;
            }
            string hint;
            if (Approx.Close(got, h[^1], 1e-9, 0)) hint = Mistakes.LastWeights;
            else if (Approx.Close(got, h[ArgMin(r.TrainLoss)], 1e-9, 0))
                hint = "Mistake [m06.early-stop-on-train-loss]: your network is from the epoch with the lowest TRAINING loss. Fix: early " +
                       "stopping watches the VALIDATION loss: keep the weights of the epoch with the lowest ValLoss.";
            else if (best + 1 < h.Length && Approx.Close(got, h[best + 1], 1e-9, 0) || best > 0 && Approx.Close(got, h[best - 1], 1e-9, 0))
                hint = "Mistake [m06.best-copy-off-by-one]: your network is from a neighbouring epoch of the best one. Fix: save the copy " +
                       "right after computing the epoch's validation loss, when it is a new lowest.";
            else
                hint = "Keep a copy (net.Clone()) of the network each time the validation loss reaches a new lowest value, and return that copy. " +
                       "The test recomputes the returned network's validation loss with net.Loss(XVal, YVal).";
            Assert.Fail($"{what}: the returned network's validation loss is {Fmt.Num(got)}, but the lowest ValLoss in your history is " +
                        $"{Fmt.Num(min)} (epoch {best}; the last epoch, {h.Length - 1}, had {Fmt.Num(h[^1])}). They must be equal (1e-9). {hint}");
        }
    }

    [Test, Points(2), Task("early-stopping")]
    public void EarlyStopping_StopsAfterPatienceEpochsWithoutImprovement()
    {
        var (r, _, _, what) = Run(85);
        var h = r.ValLoss;
        var best = ArgMin(h);
        var expected = best + Patience + 1;
        if (h.Length == expected) return;
        var tail = $"Your ValLoss has {h.Length} entries and its lowest value is at epoch {best}; stopping {Patience} epochs after it gives " +
                   $"{expected} entries (epochs 0 … {expected - 1}).";
        var rule = $"After epoch e: if ValLoss[e] is lower than every earlier entry, e is the new best; otherwise stop once e − best ≥ Patience.";
        string hint = h.Length switch
        {
            _ when h.Length < 200 && h.Length == ArgMin(r.TrainLoss) + Patience + 1 =>
                "Mistake [m06.early-stop-on-train-loss]: you stopped Patience epochs after the lowest TRAINING loss. Fix: early stopping " +
                "watches the VALIDATION loss. " + rule,
            200 => "Mistake [m06.never-stops]: your run never stopped early. Fix: " + rule,
            _ when h.Length == expected + 1 => "Mistake [m06.patience-off-by-one]: you stop one epoch late (e − best > Patience). Fix: " + rule,
            _ when h.Length == expected - 1 => "Mistake [m06.patience-off-by-one]: you stop one epoch early (e − best ≥ Patience − 1). Fix: " + rule,
            _ => rule,
        };
        Assert.Fail($"{what}: the run must stop after {Patience} epochs in a row without a new lowest validation loss. {tail} {hint}");
    }
}
