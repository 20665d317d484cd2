using Calculus.TestSupport;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

/// <summary>Train in mini-batch mode (30 training rows in batches of 7: 7, 7, 7, 7 and 2), with
/// β = 0 and a constant rate, so neither the velocity nor the schedule plays a part: what is left is
/// how Train draws its batches and how it books TrainLoss.</summary>
[TestFixture]
public class MiniBatchTrainTests
{
    private const double Tol = 1e-7;
    private const int Batch = 7;

    private static TrainSetup Make(int salt) => TrainSetup.Heart(salt, [1, 6, 6, 2]);

    private static TrainOptions Plain(int epochs) => new()
    {
        Sizes = [1, 6, 6, 2], Epochs = epochs, BatchSize = Batch, LearningRate = 0.1, DecayEvery = 1_000_000, Momentum = 0,
        Patience = 100_000, ValFraction = 0.25,
    };

    private static TrainResult Run(Network net, TrainSetup s, int epochs, int seed, string what)
    {
        var r = Training.Train(net.Clone(), s.XTr.Clone(), s.YTr.Clone(), s.XVa.Clone(), s.YVa.Clone(), Plain(epochs), new Random(seed));
        Runs.NotNull(r, what);
        if (r.ValLoss.Length != epochs)
            Assert.Fail($"{what}: expected {epochs} ValLoss entries, one per epoch (early stopping cannot trigger with Patience = 100000), " +
                        $"got {r.ValLoss.Length}.");
        return r;
    }

    /// <summary>Epoch 1 of a two-epoch run is compared with epoch 0 of a run that starts from the
    /// weights after epoch 0 with a fresh Random of the same seed: that run repeats epoch 0's batch
    /// order. With β = 0 and a constant rate an epoch depends only on the weights and the order, so
    /// the two agree exactly when the second epoch reused the first one's order, however the order
    /// was made (batches cut once before the loop, a Random re-created from one seed, a fixed
    /// order). Nothing here depends on how MiniBatches draws its permutation.</summary>
    [Test, Points(1), Task("train")]
    public void Train_ShufflesTheBatchesAfreshEveryEpoch()
    {
        var s = Make(78);
        var seed = Data.Seed(781);
        var what = $"Train on 30 training rows in batches of {Batch}, γ = 0.1 constant, β = 0, with new Random({seed})";
        var one = Run(s.Net, s, 1, seed, what + ", 1 epoch");
        var two = Run(s.Net, s, 2, seed, what + ", 2 epochs");
        var again = Run(one.Network, s, 1, seed, what + ", 1 epoch from the weights your 1-epoch run returned");

        var start = s.Net.Loss(s.XVa, s.YVa);
        if (Approx.Close(one.ValLoss[0], start, 1e-12, 0) && Approx.Close(again.ValLoss[0], one.ValLoss[0], 1e-12, 0))
            Assert.Fail($"{what}: ValLoss[0] is {Fmt.Num(start)}, the loss before any step, and the run from the weights your 1-epoch " +
                        "run returned gives it again, so the batch order cannot be seen. Either the steps do not change the weights (see the " +
                        "MomentumStep and full-batch Train tests) or ValLoss[e] is taken before epoch e's steps: the README takes it after them.");
        if (!Approx.Close(two.ValLoss[1], again.ValLoss[0], 1e-12, 0))
        {
            // A different order is not yet fresh batches: reordering the batches cut once before the loop also differs.
            var replay = MiniBatchReplay.Run(s.Net, s.XTr, s.YTr, s.XVa, s.YVa, Plain(2), seed);
            if (Runs.FirstMismatch(two.ValLoss, replay.Val, Tol) == 1)
                Assert.Fail(Approx.Message($"{what}, 2 epochs: ValLoss[1]", replay.Val[1], two.ValLoss[1],
                    "the README's loop replayed by the test with your MiniBatches, LearningRate and MomentumStep",
                    "Epoch 0 matches it and epoch 1 does not: every epoch, call MiniBatches(XTrain, YTrain, options.BatchSize, rng) with " +
                    "Train's own rng and train on the batches it returns, in its order (reordering the batches of an earlier call keeps " +
                    "the same rows together)."));
            return;
        }
        // The same order every epoch is Train's mistake only if MiniBatches itself shuffles anew on
        // every call; an unshuffled MiniBatches (or one with a fixed seed inside) is named by its own tests.
        var rng = new Random(seed);
        var first = Training.MiniBatches(s.XTr.Clone(), s.YTr.Clone(), Batch, rng);
        var second = Training.MiniBatches(s.XTr.Clone(), s.YTr.Clone(), Batch, rng);
        if (first is not null && second is not null && first.Select(b => b.X).SequenceEqual(second.Select(b => b.X)))
            Assert.Fail($"{what}: epoch 1 used epoch 0's batch order, and so does your MiniBatches: two calls with the same Random return " +
                        "the same order. Fix MiniBatches first (see the mini-batches task): every call draws a fresh permutation from the " +
                        "Random it is given.");
        Assert.Fail($"{what}: epoch 1 of your 2-epoch run gives ValLoss {Fmt.Num(two.ValLoss[1])}, exactly what epoch 0 gives when a run " +
                    $"starts from the weights after epoch 0 with a fresh new Random({seed}): epoch 1 used epoch 0's batches in epoch 0's order. " +
                    "Mistake [m06.same-order-every-epoch]: every epoch trains on the same batch order (the batches cut once before the epoch " +
                    "loop, or a Random re-created from the same seed every epoch). Fix: inside the epoch loop, every epoch, call " +
                    "MiniBatches(XTrain, YTrain, options.BatchSize, rng) with Train's own rng: it moves on as you draw, so each epoch gets a " +
                    "fresh order.");
    }

    [Test, Points(1), Task("train")]
    public void Train_MiniBatchTrainLossIsTheSizeWeightedMeanOfTheBatchLosses()
    {
        var s = Make(79);
        var seed = Data.Seed(791);
        const int epochs = 3;
        var what = $"Train on 30 training rows in batches of {Batch} (7, 7, 7, 7 and 2 rows), γ = 0.1 constant, β = 0, {epochs} epochs, " +
                   $"new Random({seed})";
        if (StudentBatches.SizeProblem(s.XTr, s.YTr, Batch, seed) is { } batches)
            Assert.Fail($"{what}: TrainLoss depends on the batches, and {batches}");
        var r = Run(s.Net, s, epochs, seed, what);
        if (r.TrainLoss.Length != epochs)
            Assert.Fail($"{what}: expected {epochs} TrainLoss entries, one per epoch, got {r.TrainLoss.Length}.");
        // The replay below redraws the run from the seed: a run (or a MiniBatches) that does not
        // follow from the seed cannot be replayed, and its numbers would change from one grading to the next.
        var again = Run(s.Net, s, epochs, seed, what);
        var batchesAgain = Training.MiniBatches(s.XTr.Clone(), s.YTr.Clone(), Batch, new Random(seed)).Select(b => b.X);
        if (Runs.FirstDifference(r.TrainLoss, again.TrainLoss) >= 0 || Runs.FirstDifference(r.ValLoss, again.ValLoss) >= 0 ||
            !Training.MiniBatches(s.XTr.Clone(), s.YTr.Clone(), Batch, new Random(seed)).Select(b => b.X).SequenceEqual(batchesAgain))
            Assert.Fail($"{what}: two runs (or two MiniBatches calls) with new Random({seed}) differ, so the run cannot be replayed. " +
                        Mistakes.Unseeded);
        var replay = MiniBatchReplay.Run(s.Net, s.XTr, s.YTr, s.XVa, s.YVa, Plain(epochs), seed);
        const string loop = "the README's loop replayed by the test with your MiniBatches, LearningRate and MomentumStep";

        // TrainLoss[e] can only be judged in the epochs whose steps are the replay's: up to the
        // first ValLoss that differs (a later epoch's order or steps are other tests' business).
        var sameSteps = Runs.FirstMismatch(r.ValLoss, replay.Val, Tol);
        if (sameSteps == 0)
            Assert.Fail(Approx.Message($"{what}: ValLoss[0]", replay.Val[0], r.ValLoss[0], loop,
                "Your first epoch does not take the README's steps, so its TrainLoss cannot be checked: every epoch, η = LearningRate(γ₀, e, " +
                "k); for each batch of MiniBatches(XTrain, YTrain, options.BatchSize, rng) (Train's own rng), g = net.Backprop(batch), then " +
                "MomentumStep(net, g, velocity, η, β). (If the full-batch Train tests fail, fix those first.)"));
        double[] Head(double[] h) => h.Take(sameSteps).ToArray();
        var got = Head(r.TrainLoss);
        var expected = Head(replay.Train);
        if (Runs.Close(got, expected, Tol)) return;

        var e = Runs.FirstMismatch(got, expected, Tol);
        string hint;
        if (Runs.Close(got, Head(replay.Start), Tol))
            hint = "Mistake [m06.trainloss-epoch-start]: your TrainLoss[e] is the loss on all training rows at the START of the epoch; that " +
                   "equals the batch average only in full-batch mode, where the weights do not move between batches. Fix: add up g.Loss × " +
                   "batch rows over the epoch's batches (each g from net.Backprop(batch), before that batch's step) and divide by the training rows.";
        else if (Runs.Close(got, Head(replay.End), Tol))
            hint = "Mistake [m06.trainloss-after-step]: your TrainLoss[e] is the loss on all training rows AFTER epoch e's steps. Fix: record " +
                   "the epoch-average of the batch losses as you train: each batch's loss is the Loss field of net.Backprop(batch), taken " +
                   "before that batch's step.";
        else if (Runs.Close(got, Head(replay.Unweighted), Tol))
            hint = "Mistake [m06.trainloss-unweighted-mean]: the batch losses are averaged without weights, so the last batch of 2 rows counts " +
                   "as much as one of 7. Fix: TrainLoss[e] = Σ (batch loss × batch rows) / training rows.";
        else
            hint = "TrainLoss[e] is the mean of epoch e's batch losses (the Loss of net.Backprop(batch), each taken before its step), " +
                   "weighted by batch size: Σ (batch loss × batch rows) / training rows.";
        Assert.Fail(Approx.Message($"{what}: TrainLoss[{e}]", expected[e], got[e], loop, hint) +
                    $" Expected {Runs.Window(expected, e)}, got {Runs.Window(got, e)}.");
    }
}
