using Calculus.TestSupport;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

[TestFixture]
public class ReproducibilityTests
{
    /// <summary>A short run (40 epochs, about 300 steps): enough to see any difference.</summary>
    private static readonly TrainOptions Short = new() { Epochs = 40, DecayEvery = 15 };

    [Test, Points(3), Task("reproducibility")]
    public void Fit_SameSeedGivesBitIdenticalRuns()
    {
        var (x, y) = Data.Heart(120, 91, 0.02);
        var seed = Data.Seed(191);
        var what = $"Fit twice on the same 120 heart-curve rows with the same seed {seed} (40 epochs, otherwise the default options)";
        var a = Training.Fit(x.Clone(), y.Clone(), Short, seed);
        var b = Training.Fit(x.Clone(), y.Clone(), Short, seed);
        Runs.NotNull(a, what);
        Runs.NotNull(b, what);

        Runs.MustHaveTrained(a, x, y, what);
        var e = Runs.FirstDifference(a.TrainLoss, b.TrainLoss);
        if (e >= 0)
            // No loss values in the message: they change from run to run, and the message should not.
            Assert.Fail($"{what}: the TrainLoss histories differ from epoch {e} on" +
                        (e < Math.Min(a.TrainLoss.Length, b.TrainLoss.Length) ? "" : " (the runs have different lengths)") +
                        ". The same seed must give a bit-identical run. " + Mistakes.Unseeded);
        e = Runs.FirstDifference(a.ValLoss, b.ValLoss);
        if (e >= 0)
            Assert.Fail($"{what}: the TrainLoss histories agree but the ValLoss histories differ from epoch {e} on. " + Mistakes.Unseeded);
        Check.That(a.BestEpoch == b.BestEpoch, $"{what}: BestEpoch is {a.BestEpoch} in one run and {b.BestEpoch} in the other.");
        var w = Runs.WeightDifference(a.Network, b.Network);
        if (w is not null)
            Assert.Fail($"{what}: the loss histories agree but the returned networks differ ({w}). " + Mistakes.Unseeded);
    }

    [Test, Points(1), Task("reproducibility")]
    public void Fit_DifferentSeedsGiveDifferentRuns()
    {
        var (x, y) = Data.Heart(120, 92, 0.02);
        int s1 = Data.Seed(192), s2 = Data.Seed(193);
        var what = $"Fit on the same 120 heart-curve rows with seeds {s1} and {s2} (40 epochs)";
        var a = Training.Fit(x.Clone(), y.Clone(), Short, s1);
        var b = Training.Fit(x.Clone(), y.Clone(), Short, s2);
        Runs.NotNull(a, what);
        Runs.NotNull(b, what);
        Runs.MustHaveTrained(a, x, y, what);
        Check.That(Runs.FirstDifference(a.TrainLoss, b.TrainLoss) >= 0 || Runs.FirstDifference(a.ValLoss, b.ValLoss) >= 0,
            $"{what}: the two runs are identical, TrainLoss {Runs.Head(a.TrainLoss)} both times. {Mistakes.SeedIgnored} The seed decides " +
            "the split, the initial weights and the order of the mini-batches.");
    }
}
