using Grader.Protocol.Figures;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>What a submission's values can do to a figure: NaN, ∞ and huge values are clamped to
/// the window and marked, and no figure, series or report grows past the caps.</summary>
[TestFixture]
public sealed class FigureBoundsTests
{
    private static Figure Figure(params FigureSeries[] series) => new()
    {
        Id = "test.path", Title = "t", Window = new FigureWindow(-2, 2, -1, 3), Series = series,
    };

    private static List<Figure> Take(params Figure[] figures)
    {
        int figuresLeft = FigureBounds.FiguresPerSubmission, pointsLeft = FigureBounds.PointsPerSubmission;
        return FigureBounds.Take(figures, ref figuresLeft, ref pointsLeft);
    }

    [Test]
    public void A_diverging_path_stops_on_the_window_edge_and_says_where()
    {
        var path = new FigureSeries { Name = "yours", Style = SeriesStyle.Path, X = [0, 1, 40, 1e300, double.NaN], Y = [0, 1, 2, 3, 4] };
        var s = Take(Figure(path)).Single().Series.Single();
        Assert.That(s.DivergedAt, Is.EqualTo(2), "x = 40 is far outside [-2, 2]");
        Assert.That(s.X, Is.EqualTo(new[] { 0.0, 1, 2 }), "the far point is clamped to the edge, the rest dropped");
        Assert.That(s.Y, Is.EqualTo(new[] { 0.0, 1, 2 }));
    }

    [Test]
    public void A_curve_with_a_wild_value_is_clamped_there_and_goes_on()
    {
        var curve = new FigureSeries { Name = "T3", Style = SeriesStyle.Line, X = [-1, 0, 1], Y = [1e12, 1, double.NegativeInfinity] };
        var s = Take(Figure(curve)).Single().Series.Single();
        Assert.That(s.Y, Is.EqualTo(new[] { 3.0, 1, -1 }));
        Assert.That(s.DivergedAt, Is.Null);
    }

    [Test]
    public void Infinities_are_clamped_and_NaN_points_dropped()
    {
        var points = new FigureSeries { Name = "p", Style = SeriesStyle.Points, X = [double.PositiveInfinity, double.NaN, 0.5, -1e308], Y = [0, 0, double.NegativeInfinity, 1] };
        var s = Take(Figure(points)).Single().Series.Single();
        Assert.That(s.X, Is.EqualTo(new[] { 2.0, 0.5, -2 }));
        Assert.That(s.Y, Is.EqualTo(new[] { 0.0, -1, 1 }));
        Assert.That(s.DivergedAt, Is.Null, "points are clamped one by one: no path to break");
    }

    [Test]
    public void A_line_just_outside_the_window_keeps_its_shape_and_arrows_outside_are_dropped()
    {
        var line = new FigureSeries { Name = "l", Style = SeriesStyle.Line, X = [-3, 3], Y = [-2, 4] };
        var arrows = new FigureSeries { Name = "a", Style = SeriesStyle.Arrows, X = [0, 5, 1], Y = [0, 0, 1], U = [1, 1, double.NaN], V = [1, 1, 1] };
        var f = Take(Figure(line, arrows)).Single();
        Assert.That(f.Series[0].X, Is.EqualTo(new[] { -3.0, 3 }), "within one window width: the renderer clips it");
        Assert.That(f.Series[0].DivergedAt, Is.Null);
        Assert.That(f.Series[1].X, Is.EqualTo(new[] { 0.0 }), "a tail outside the window, or a vector that is not finite, drops the arrow");
    }

    [Test]
    public void Caps_hold_per_series_figure_test_and_submission_and_sanitizing_twice_changes_nothing()
    {
        var many = Enumerable.Range(0, 5000).Select(i => i / 5000.0).ToArray();
        var big = new FigureSeries { Name = new string('n', 500), Style = SeriesStyle.Line, X = many, Y = many };
        var figure = Figure([.. Enumerable.Repeat(big, 30)]) with { Title = new string('t', 1000) };
        var once = Take([.. Enumerable.Repeat(figure, 10)]);
        Assert.That(once.SelectMany(f => f.Series).Sum(s => s.X.Count), Is.EqualTo(FigureBounds.PointsPerSubmission), "the report's points run out first");
        Assert.That(once[0].Series, Has.Count.EqualTo(FigureBounds.SeriesPerFigure));
        Assert.That(once[0].Series[0].X, Has.Count.EqualTo(FigureBounds.PointsPerSeries));
        Assert.That(once[0].Series[0].PointsCut, Is.EqualTo(5000 - FigureBounds.PointsPerSeries));
        Assert.That(once[0].Title, Has.Length.LessThanOrEqualTo(FigureBounds.TextChars + 1));
        Assert.That(once[0].Series[0].Name, Has.Length.LessThanOrEqualTo(FigureBounds.TextChars + 1));
        var small = Figure(new FigureSeries { Name = "s", X = [0], Y = [0] });
        Assert.That(Take([.. Enumerable.Repeat(small, 10)]), Has.Count.EqualTo(FigureBounds.FiguresPerTest));
        var twice = Take([.. once]);
        Assert.That(Protocol.Wire.Serialize(twice), Is.EqualTo(Protocol.Wire.Serialize(once)));
    }

    [Test]
    public void A_figure_without_a_usable_window_is_dropped()
    {
        var bad = Figure() with { Window = new FigureWindow(0, 1, 0, 1), YScale = AxisScale.Log };
        var nan = Figure() with { Window = new FigureWindow(double.NaN, 1, 0, 1) };
        Assert.That(Take(bad, nan), Is.Empty);
    }
}
