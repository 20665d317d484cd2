using Calculus.TestSupport;

namespace WhatIsCalculus.HiddenTests;

/// <summary>The student's forward and central differences' errors against h on a log-log plot,
/// beside the exact quotients' and the slope-1 and slope-2 guides: a "central" difference with
/// slope 1, or a plateau, shows at a glance. Errors of eˣ at x = 1, h = 10⁻¹ … 10⁻¹².</summary>
internal static class ErrorPlot
{
    public static void Record()
    {
        const double x = 1;
        var exact = Math.Exp(x);
        var hs = Enumerable.Range(1, 12).Select(k => Math.Pow(10, -k)).ToArray();
        double Error(double estimate) => Math.Abs(estimate - exact);
        Plot.Figure("m01.fd-error", "Error of your differences of eˣ at x = 1", new PlotWindow(1e-12, 0.1, 1e-16, 1))
            .LogLog().Axes("step h", "|error|")
            .Line("your forward", hs, hs.Select(h => Error(Plot.Try(() => Derivatives.ForwardDifference(Math.Exp, x, h)))))
            .Line("your central", hs, hs.Select(h => Error(Plot.Try(() => Derivatives.CentralDifference(Math.Exp, x, h)))))
            .Line("forward (reference)", hs, hs.Select(h => Error((Math.Exp(x + h) - Math.Exp(x)) / h)), PlotRole.Reference)
            .Line("central (reference)", hs, hs.Select(h => Error((Math.Exp(x + h) - Math.Exp(x - h)) / (2 * h))), PlotRole.Reference)
            .Line("slope 1", hs, hs.Select(h => exact / 2 * h), PlotRole.Guide)
            .Line("slope 2", hs, hs.Select(h => exact / 6 * h * h), PlotRole.Guide)
            .Record();
    }
}
