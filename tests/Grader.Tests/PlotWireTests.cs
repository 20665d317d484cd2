using Calculus.TestSupport;
using Grader.Protocol.Figures;
using NUnit.Framework;
using NUnit.Framework.Internal;

namespace Grader.Tests;

/// <summary>What the hidden tests record (Calculus.TestSupport's Plot) is what the worker reads
/// (Grader.Protocol's Figure): the two are written apart, so this holds them together.</summary>
[TestFixture]
public sealed class PlotWireTests
{
    [Test]
    public void A_recorded_figure_reads_back_field_for_field()
    {
        Plot.Figure("test.kind", "Title", new PlotWindow(1e-3, 1, 1e-9, 10))
            .LogLog().Axes("h", "error").Contours("rosenbrock")
            .Line("yours", [0.1, 0.01], [1e-2, double.NaN])
            .Path("path", [0.1], [1], PlotRole.Reference)
            .Points("points", [0.5], [0.5], PlotRole.Guide)
            .Marker("m", 0.2, 0.3)
            .Arrows("a", [0.5], [0.5], [1], [-1])
            .Record();
        var json = TestExecutionContext.CurrentContext.CurrentTest.Properties[Plot.PropertyName].Cast<string>().Single();
        var f = FigureJson.TryRead(json);
        Assert.That(f, Is.Not.Null, json);
        Assert.That((f!.Id, f.Title, f.XLabel, f.YLabel, f.XScale, f.YScale, f.Background), Is.EqualTo(("test.kind", "Title", "h", "error", AxisScale.Log, AxisScale.Log, "rosenbrock")));
        Assert.That(f.Window, Is.EqualTo(new FigureWindow(1e-3, 1, 1e-9, 10)));
        Assert.That(f.Series.Select(s => (s.Name, s.Role, s.Style)), Is.EqualTo(new[]
        {
            ("yours", SeriesRole.Student, SeriesStyle.Line), ("path", SeriesRole.Reference, SeriesStyle.Path), ("points", SeriesRole.Guide, SeriesStyle.Points),
            ("m", SeriesRole.Student, SeriesStyle.Marker), ("a", SeriesRole.Student, SeriesStyle.Arrows),
        }));
        Assert.That(double.IsNaN(f.Series[0].Y[1]), "NaN crosses as NaN, for FigureBounds to handle");
        Assert.That((f.Series[4].U, f.Series[4].V), Is.EqualTo((new[] { 1.0 }, new[] { -1.0 })));
    }

    [Test]
    public void Plot_Try_turns_a_throwing_call_into_NaN() =>
        Assert.That(Plot.Try(() => throw new NotImplementedException()), Is.NaN);
}
