using Calculus.TestSupport;

namespace FinalProject.HiddenTests;

/// <summary>The student's training and validation losses per epoch, the lowest validation loss and
/// the validation loss of the weights their Train returned: weights not restored to the best epoch
/// sit visibly above the minimum.</summary>
internal static class LossPlot
{
    public static void Record(TrainResult r, double returnedLoss)
    {
        var train = r.TrainLoss ?? [];
        var val = r.ValLoss ?? [];
        var finite = train.Concat(val).Where(double.IsFinite).ToArray();
        // The window from the run itself, but never from a diverging one: a sane ceiling keeps the curve readable.
        var top = finite.Length == 0 ? 1 : Math.Min(finite.Max(), 10) * 1.1;
        var epochs = Math.Max(Math.Max(train.Length, val.Length), 2);
        var best = val.Length == 0 ? 0 : Array.IndexOf(val, val.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Min());
        var figure = Plot.Figure("m06.losses", "Your early stopping: losses per epoch (validation targets halved)", new PlotWindow(0, epochs, 0, top > 0 ? top : 1))
            .Axes("epoch", "mean squared error")
            .Line("training loss", Enumerable.Range(0, train.Length).Select(i => (double)i), train)
            .Line("validation loss", Enumerable.Range(0, val.Length).Select(i => (double)i), val);
        if (best >= 0 && val.Length > 0) figure.Marker("lowest validation loss", best, val[best], PlotRole.Reference);
        figure.Marker("your returned weights (at BestEpoch)", r.BestEpoch, returnedLoss).Record();
    }
}
