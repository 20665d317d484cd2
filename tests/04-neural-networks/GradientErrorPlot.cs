using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.HiddenTests;

/// <summary>The relative error of the student's backprop gradient per parameter block (W1, b1, W2,
/// …) on a log axis, with CS231n's gradient-check bands: σ′(a) for σ′(z) shows as ≈1e-2 in some
/// blocks only, a missing 1/N or factor 2 as ≈0.3 everywhere. Exact: ≈1e-16 (drawn on the floor).</summary>
internal static class GradientErrorPlot
{
    public static void Record(Network net, Matrix<double> x, Matrix<double> y)
    {
        var truth = Oracle.Backprop(net, x, y);
        Gradients? got = null;
        Plot.Try(() => { got = Backpropagation.Backprop(net, x.Clone(), y.Clone()); return 0; });
        var blocks = Enumerable.Range(1, net.L).SelectMany(l => new[] { (W: true, l), (W: false, l) }).ToArray();
        double Error((bool W, int l) b)
        {
            var mine = b.W ? got?.DW : got?.DB;
            if (mine is null || b.l >= mine.Length || mine[b.l] is null) return double.NaN;
            var exact = b.W ? truth.DW[b.l] : truth.DB[b.l];
            return mine[b.l].RowCount == exact.RowCount && mine[b.l].ColumnCount == exact.ColumnCount ? Oracle.NormRelative(mine[b.l], exact) : double.NaN;
        }
        var index = blocks.Select((_, i) => i + 1.0).ToArray();
        var edge = new[] { 0.5, blocks.Length + 0.5 };
        Plot.Figure("m04.gradient-error", "Your backprop: relative error per block (" + string.Join(" ", blocks.Select(b => (b.W ? "W" : "b") + b.l)) + ")",
                new PlotWindow(0.5, blocks.Length + 0.5, 1e-17, 10))
            .LogY().Axes("parameter block (in the order of the title)", "relative error vs the exact gradient")
            .Line("1e-2: wrong", edge, [1e-2, 1e-2], PlotRole.Guide)
            .Line("1e-4: suspicious", edge, [1e-4, 1e-4], PlotRole.Guide)
            .Line("1e-7: fine", edge, [1e-7, 1e-7], PlotRole.Guide)
            .Points("your blocks", index, blocks.Select(Error))
            .Record();
    }
}
