using Calculus.TestSupport;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

/// <summary>Runs whose answer does not depend on how the rows are shuffled: with η = 0 the weights
/// never move, so every batch loss is taken at the same weights, the size-weighted mean of an
/// epoch's batch losses is exactly the loss on all training rows, and every ValLoss is the same
/// (a tie that early stopping must break in favour of the first epoch).</summary>
[TestFixture]
public class BookkeepingTests
{
    private static TrainSetup Make(int salt) => TrainSetup.Heart(salt, [1, 6, 6, 2]);

    private static TrainOptions Frozen(int batch, int epochs, int patience) => new()
    {
        Sizes = [1, 6, 6, 2], Epochs = epochs, BatchSize = batch, LearningRate = 0, DecayEvery = 10, Momentum = 0.9,
        Patience = patience, ValFraction = 0.25,
    };

    private static TrainResult Run(TrainSetup s, TrainOptions opt, int seed, string what)
    {
        var r = Training.Train(s.Net.Clone(), s.XTr.Clone(), s.YTr.Clone(), s.XVa.Clone(), s.YVa.Clone(), opt, new Random(seed));
        Runs.NotNull(r, what);
        return r;
    }

    [Test, Points(1), Task("train")]
    public void Train_TrainLossWeightsTheBatchesBySize()
    {
        var s = Make(75);
        var full = s.Net.Loss(s.XTr, s.YTr);
        string What(int b) => $"Train with LearningRate = 0 (the weights never move) on 30 training rows in batches of {b}, 3 epochs";
        var uneven = Run(s, Frozen(7, 3, 100), Data.Seed(751), What(7));
        var bad = Runs.FirstMismatch(uneven.TrainLoss, Enumerable.Repeat(full, uneven.TrainLoss.Length).ToArray(), 1e-12);
        if (uneven.TrainLoss.Length == 3 && bad == 3) return;
        if (uneven.TrainLoss.Length != 3)
            Assert.Fail($"{What(7)}: expected 3 TrainLoss entries, one per epoch, got {uneven.TrainLoss.Length}.");
        var even = Run(s, Frozen(6, 3, 100), Data.Seed(752), What(6));
        var evenRight = even.TrainLoss.Length == 3 && even.TrainLoss.All(v => Approx.Close(v, full, 1e-12, 0));
        // Uneven batches that are wrong (the last one dropped, say) also break the mean: that is
        // MiniBatches' mistake, not the weighting's, so it is not named here.
        var batches = StudentBatches.SizeProblem(s.XTr, s.YTr, 7, Data.Seed(751));
        // Named only when the value is the plain mean of the batch losses: a wrong denominator
        // (batches × BatchSize, 35 for 30 rows) is also right for equal batches.
        var unweighted = batches is null && Training.MiniBatches(s.XTr.Clone(), s.YTr.Clone(), 7, new Random(Data.Seed(751))) is { } cut
            ? cut.Average(b => s.Net.Loss(b.X, b.Y))
            : double.NaN;
        var hint = batches is not null
            ? "TrainLoss depends on the batches, and " + batches
            : evenRight && Approx.Close(uneven.TrainLoss[bad], unweighted, 1e-9, 0)
            ? "With batches of 6 (five equal batches) your TrainLoss is right; with batches of 7 (7, 7, 7, 7 and 2 rows) it is not. " +
              "Mistake [m06.trainloss-unweighted-mean]: the batch losses are averaged without weights, so the last batch of 2 rows counts " +
              "as much as one of 7. Fix: TrainLoss[e] = Σ (batch loss × batch rows) / training rows."
            : "TrainLoss[e] is the mean of epoch e's batch losses (Backprop's Loss, before each step), weighted by batch size: " +
              "Σ (batch loss × batch rows) / training rows (30 here, whatever the batches); with η = 0 that is exactly the loss on all training rows.";
        Assert.Fail(Approx.Message($"{What(7)}: TrainLoss[{bad}]", full, uneven.TrainLoss[bad],
            "the loss on all 30 training rows: with η = 0 every batch loss is taken at the same weights", hint));
    }

    [Test, Points(1), Task("train")]
    public void Train_DrawsTheBatchOrderFromTheGivenRandom()
    {
        var (x, y) = Data.Heart(40, 76, 0.02);
        var net = Network.Create([1, 8, 8, 2], Seeded.Rng(76));
        var (xTr, yTr, xVa, yVa) = (Data.Rows(x, Enumerable.Range(0, 32)), Data.Rows(y, Enumerable.Range(0, 32)),
                                    Data.Rows(x, Enumerable.Range(32, 8)), Data.Rows(y, Enumerable.Range(32, 8)));
        var opt = new TrainOptions { Sizes = [1, 8, 8, 2], Epochs = 4, BatchSize = 8, LearningRate = 0.05, Patience = 100 };
        double[] Losses(int seed) =>
            Training.Train(net.Clone(), xTr.Clone(), yTr.Clone(), xVa.Clone(), yVa.Clone(), opt, new Random(seed)).TrainLoss;
        int s1 = Data.Seed(761), s2 = Data.Seed(762);
        var a = Losses(s1);
        var b = Losses(s2);
        var what = $"Train from the same network on the same 32 training rows in batches of 8 (4 epochs), once with new Random({s1}) and " +
                   $"once with new Random({s2})";
        Check.That(Runs.FirstDifference(a, b) >= 0,
            $"{what}: the two runs are identical (TrainLoss {Runs.Head(a)}). Mistake [m06.train-ignores-rng]: the order of the mini-batches " +
            "does not come from the Random Train is given. Fix: call MiniBatches(XTrain, YTrain, options.BatchSize, rng) with Train's own rng " +
            "every epoch (not a new Random, not a fixed order).");
        Check.That(Runs.FirstDifference(a, Losses(s1)) < 0,
            $"{what}: two runs with new Random({s1}) differ. " + Mistakes.Unseeded);
    }

    [Test, Points(1), Task("early-stopping")]
    public void EarlyStopping_ATieKeepsTheFirstEpoch()
    {
        var s = Make(77);
        const int patience = 4, epochs = 20;
        var what = $"Train with LearningRate = 0 (the weights never move, so every ValLoss is the same: a tie), Epochs = {epochs}, Patience = {patience}";
        var r = Run(s, Frozen(8, epochs, patience), Data.Seed(771), what);
        var h = r.ValLoss;
        if (r.BestEpoch == 0 && h.Length == patience + 1 && Runs.WeightDifference(r.Network, s.Net) is null) return;
        const string rule = "A new best needs a validation loss LOWER than every earlier one (<, not ≤): on a tie the first epoch stays the best, " +
                            "and the run stops once e − best ≥ Patience.";
        string hint;
        if (h.Length == epochs && r.BestEpoch == epochs - 1)
            hint = "Mistake [m06.tie-counts-as-improvement]: every epoch became the new best and the run never stopped: an equal validation " +
                   "loss was treated as an improvement (≤ instead of <). Fix: " + rule;
        else if (r.BestEpoch != 0)
            hint = $"BestEpoch = {r.BestEpoch}; all ValLoss entries are equal, so the best is the first, epoch 0. " + rule;
        else if (h.Length != patience + 1)
            hint = $"The run has {h.Length} epochs; with the best at epoch 0 it stops after epoch {patience} (e − best ≥ Patience), {patience + 1} " +
                   "epochs in all." + (h.Length == patience + 2 || h.Length == patience ? " Mistake [m06.patience-off-by-one]: one epoch " +
                   (h.Length > patience + 1 ? "late" : "early") + ". Fix: " + rule : " " + rule);
        else
            hint = "The returned network is not the starting one, although η = 0 never moves the weights: return the copy saved at the best epoch.";
        Assert.Fail($"{what}: expected BestEpoch 0, {patience + 1} epochs and the starting weights back; got BestEpoch {r.BestEpoch} and " +
                    $"{h.Length} epochs. {hint}");
    }
}
