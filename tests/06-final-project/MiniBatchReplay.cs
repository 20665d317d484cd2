using MathNet.Numerics.LinearAlgebra;

namespace FinalProject.HiddenTests;

/// <summary>The README's Train loop in mini-batch mode, replayed by the test: every epoch η =
/// LearningRate(γ₀, e, k), the batches of ONE MiniBatches(XTrain, YTrain, BatchSize, rng) call, and
/// for each batch g = Backprop, then MomentumStep. The batch order, the rate and the step are the
/// student's own (their tests judge them), the loop and its bookkeeping are the test's: so a run
/// that wires them as the README says follows this replay to rounding, whatever its building
/// blocks do, and the replay can say what TrainLoss[e] must be.</summary>
internal static class MiniBatchReplay
{
    /// <summary>Per epoch: TrainLoss as the README defines it (the batch losses weighted by batch
    /// size), ValLoss after the epoch, and the usual wrong TrainLoss values: the loss on all training
    /// rows at the start and at the end of the epoch, and the unweighted mean of the batch losses.</summary>
    public sealed record History(double[] Train, double[] Val, double[] Start, double[] End, double[] Unweighted);

    public static History Run(Network net0, Matrix<double> xTr, Matrix<double> yTr, Matrix<double> xVa, Matrix<double> yVa,
        TrainOptions opt, int seed)
    {
        var net = net0.Clone();
        var velocity = Velocity.ZerosLike(net);
        var rng = new Random(seed);
        // One pair of matrices for the whole run, as Train gets them: a MiniBatches that changes
        // its input in place changes what the later epochs see in the student's run too.
        var (x, y) = (xTr.Clone(), yTr.Clone());
        var n = opt.Epochs;
        var h = new History(new double[n], new double[n], new double[n], new double[n], new double[n]);
        for (var e = 0; e < n; e++)
        {
            h.Start[e] = net.Loss(xTr, yTr);
            var lr = Training.LearningRate(opt.LearningRate, e, opt.DecayEvery);
            double weighted = 0, plain = 0;
            int rows = 0, count = 0;
            foreach (var (bx, by) in Training.MiniBatches(x, y, opt.BatchSize, rng))
            {
                var g = net.Backprop(bx, by);
                weighted += g.Loss * bx.RowCount;
                plain += g.Loss;
                rows += bx.RowCount;
                count++;
                Training.MomentumStep(net, g, velocity, lr, opt.Momentum);
            }
            h.Train[e] = weighted / rows;
            h.Unweighted[e] = plain / count;
            h.End[e] = net.Loss(xTr, yTr);
            h.Val[e] = net.Loss(xVa, yVa);
        }
        return h;
    }
}
