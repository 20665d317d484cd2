using Calculus.TestSupport;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

/// <summary>Train in full-batch mode (BatchSize ≥ the number of training rows): one step per
/// epoch on the whole training set, so the run does not depend on how the rows are shuffled and
/// the test can follow it with its own trainer to 1e-7.</summary>
[TestFixture]
public class TrainTests
{
    private const double Tol = 1e-7;

    private const string Rule =
        "Each epoch e (counted from 0): η = LearningRate(γ₀, e, k); for every mini-batch, g = net.Backprop(batch), then one " +
        "MomentumStep with η and β, the velocity carried over from the previous batch; after the epoch, ValLoss[e] = net.Loss(XVal, YVal). " +
        "(In full-batch mode the order of the rows does not matter, but each X row must stay with its own Y row.)";

    private static TrainSetup Make(int salt) => TrainSetup.Heart(salt, [1, 8, 8, 2]);

    private static TrainResult Run(TrainSetup s, TrainOptions opt, int salt)
    {
        var r = Training.Train(s.Net.Clone(), s.XTr.Clone(), s.YTr.Clone(), s.XVa.Clone(), s.YVa.Clone(), opt, new Random(Data.Seed(salt)));
        Runs.NotNull(r, "Train");
        return r;
    }

    private static TrainOptions FullBatch(double lr, int every, double beta, int epochs) => new()
    {
        Sizes = [1, 8, 8, 2], Epochs = epochs, BatchSize = 1000, LearningRate = lr, DecayEvery = every, Momentum = beta,
        Patience = 100_000, ValFraction = 0.25,
    };

    /// <summary>When the student's own LearningRate is wrong for this run's epochs, say so: the
    /// trajectory cannot match before the schedule does.</summary>
    private static string ScheduleNote(double lr, int every, int epochs)
    {
        for (var e = 0; e < epochs; e++)
        {
            var got = Training.LearningRate(lr, e, every);
            var expected = HiddenTests.Oracle.Rate(lr, e, every);
            if (!Approx.Close(got, expected, 1e-12, 0))
                return $" Note: your LearningRate({Fmt.Num(lr)}, {e}, {every}) returns {got.ToString("G17", System.Globalization.CultureInfo.InvariantCulture)} instead of {Fmt.Num(expected)}; fix the schedule first (see the schedule task).";
        }
        return "";
    }

    private static void CompareVal(TrainResult r, double[] expected, string what, Func<string> hint)
    {
        if (r.ValLoss.Length != expected.Length)
            Assert.Fail($"{what}: expected one ValLoss entry per epoch, {expected.Length} in all (early stopping cannot trigger with " +
                        $"Patience = 100000), got {r.ValLoss.Length}. " + Rule);
        if (Runs.Close(r.ValLoss, expected, Tol)) return;
        var e = Runs.FirstMismatch(r.ValLoss, expected, Tol);
        Assert.Fail(Approx.Message($"{what}: ValLoss[{e}]", expected[e], r.ValLoss[e],
            "the test's own full-batch trainer, tolerance 1e-7", null) +
            $" Expected {Runs.Window(expected, e)}, got {Runs.Window(r.ValLoss, e)}. " + hint());
    }

    [Test, Points(2), Task("train")]
    public void Train_FullBatchFollowsTheStepDecaySchedule()
    {
        const int salt = 71;
        var s = Make(salt);
        var opt = FullBatch(0.2, 8, 0, 30);
        var r = Run(s, opt, salt);
        double[] Oracle(Variant v) => HiddenTests.Oracle.FullBatch(s.Net, s.XTr, s.YTr, s.XVa, s.YVa, 0.2, 8, 0, 30, v).Val;
        CompareVal(r, Oracle(Variant.Correct),
            "Train in full-batch mode (30 training rows, BatchSize = 1000) with β = 0, γ₀ = 0.2, k = 8, 30 epochs", () =>
            {
                if (Runs.Close(r.ValLoss, Oracle(Variant.DecayOneEarly), Tol))
                    return "Mistake [m06.schedule-one-early]: your run halves the rate one epoch EARLY (after epochs 6, 14, 22): the schedule is " +
                           "off by one. Fix: call LearningRate(γ₀, e, k) with the 0-based epoch e (0, 1, 2, …), so epochs 0 … k−1 use γ₀.";
                if (Runs.Close(r.ValLoss, Oracle(Variant.DecayOneLate), Tol))
                    return "Mistake [m06.schedule-one-late]: your run halves the rate one epoch LATE: the schedule is off by one. Fix: use " +
                           "η = LearningRate(γ₀, e, k) in epoch e, counted from 0.";
                if (Runs.Close(r.ValLoss, Oracle(Variant.NoDecay), Tol))
                    return "Mistake [m06.schedule-not-used]: your run keeps γ₀ in every epoch. Fix: use the step-decay schedule, " +
                           "η = LearningRate(options.LearningRate, e, options.DecayEvery).";
                return Rule + ScheduleNote(0.2, 8, 30);
            });
    }

    [Test, Points(2), Task("train")]
    public void Train_FullBatchMomentumCarriesOverBetweenSteps()
    {
        const int salt = 72;
        var s = Make(salt);
        var opt = FullBatch(0.05, 1_000_000, 0.9, 30);
        var r = Run(s, opt, salt);
        double[] Oracle(Variant v) => HiddenTests.Oracle.FullBatch(s.Net, s.XTr, s.YTr, s.XVa, s.YVa, 0.05, 1_000_000, 0.9, 30, v).Val;
        CompareVal(r, Oracle(Variant.Correct),
            "Train in full-batch mode (30 training rows, BatchSize = 1000) with β = 0.9, constant γ = 0.05, 30 epochs", () =>
                Runs.Close(r.ValLoss, Oracle(Variant.VelocityReset), Tol) ? Mistakes.VelocityReset : Rule + ScheduleNote(0.05, 1_000_000, 30));
    }

    [Test, Points(1), Task("train")]
    public void Train_TrainLossIsTheLossBeforeEachStep()
    {
        const int salt = 73;
        var s = Make(salt);
        var opt = FullBatch(0.1, 1000, 0.5, 12);
        var r = Run(s, opt, salt);
        var (train, val) = Oracle.FullBatch(s.Net, s.XTr, s.YTr, s.XVa, s.YVa, 0.1, 1000, 0.5, 13);
        var expected = train.Take(12).ToArray();
        var what = "Train in full-batch mode (30 training rows, BatchSize = 1000) with β = 0.5, γ = 0.1, 12 epochs: TrainLoss";
        if (r.TrainLoss.Length != 12)
            Assert.Fail($"{what}: expected 12 entries, one per epoch, got {r.TrainLoss.Length}.");
        if (Runs.Close(r.TrainLoss, expected, Tol)) return;
        var e = Runs.FirstMismatch(r.TrainLoss, expected, Tol);
        string hint;
        var reset = Oracle.FullBatch(s.Net, s.XTr, s.YTr, s.XVa, s.YVa, 0.1, 1000, 0.5, 12, Variant.VelocityReset).Train;
        if (Runs.Close(r.TrainLoss, reset, Tol))
            hint = Mistakes.VelocityReset;
        else if (Runs.Close(r.TrainLoss, train.Skip(1).ToArray(), Tol))
            hint = "Mistake [m06.trainloss-after-step]: your TrainLoss[e] is the loss AFTER epoch e's steps. Fix: record the epoch-average " +
                   "of the batch losses as you train: each batch's loss is the Loss field of net.Backprop(batch), taken before that batch's step.";
        else if (Runs.Close(r.TrainLoss, val.Take(12).ToArray(), Tol))
            hint = "Mistake [m06.trainloss-is-validation]: your TrainLoss is the validation loss. Fix: TrainLoss is about the training rows.";
        else
            hint = "TrainLoss[e] is the average of epoch e's batch losses (Backprop's Loss, before each step), weighted by batch size; " +
                   "in full-batch mode that is the training loss at the start of the epoch." + ScheduleNote(0.1, 1000, 12);
        Assert.Fail(Approx.Message($"{what}[{e}]", expected[e], r.TrainLoss[e], "the test's own full-batch trainer", hint) +
                    $" Expected {Runs.Window(expected, e)}, got {Runs.Window(r.TrainLoss, e)}.");
    }
}
