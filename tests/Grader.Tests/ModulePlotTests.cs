using System.Xml.Linq;
using Grader.Exporters;
using Grader.Plots;
using Grader.Protocol.Figures;
using Grader.Reports;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Every module's plot, drawn from the golden reports of the reference and of a
/// catalogued wrong case: the figure is there, its series are the student's own and drawn, the
/// picture stays small, and a wrong submission's data differ from the reference's.</summary>
[TestFixture]
public sealed class ModulePlotTests
{
    /// <summary>Per module: the figure id, and a wrong case the plot is meant to expose.</summary>
    private static readonly (string Module, string Figure, string Wrong)[] Modules =
    [
        ("01-what-is-calculus", "m01.fd-error", "wrong-forward-for-central"),
        ("02-multivariate-calculus", "m02.gradient", "wrong-forward-difference"),
        ("03-gradient-descent", "m03.path", "wrong-sign-climbing"),
        ("04-neural-networks", "m04.gradient-error", "wrong-sigma-prime-of-a"),
        ("05-linear-regression", "m05.line-fit", "wrong-fitline-intercept-first"),
        ("06-final-project", "m06.losses", "wrong-last-weights"),
        ("07-taylor-series", "m07.taylor", "wrong-k-instead-of-factorial"),
        ("08-newtons-method", "m08.newton", "wrong-plus-sign"),
        ("09-lagrange-multipliers", "m09.constraint", "wrong-hessian-missing-lambda-term"),
    ];

    /// <summary>An SVG figure stays well under this (the largest, with contours, is about 100 KB).</summary>
    private const int MaxSvgChars = 200_000;

    public static IEnumerable<TestCaseData> Cases() =>
        from m in Modules from c in new[] { "reference", m.Wrong } select new TestCaseData(m.Module, m.Figure, c).SetName($"plot:{m.Module}/{c}");

    private static GradeReport Golden(string module, string name) =>
        JsonExporter.Read(File.ReadAllText(Path.Combine(Repo.GoldenRoot, module, name, "expected.json")));

    private static Figure FigureOf(GradeReport report, string id) =>
        ReportFigures.Shown(report).SingleOrDefault(f => f.Id == id) ?? throw new AssertionException($"no visible figure {id} in {report.Module}/{report.Submission}");

    [TestCaseSource(nameof(Cases))]
    public void The_module_plot_is_drawn_from_the_students_results(string module, string id, string name)
    {
        var figure = FigureOf(Golden(module, name), id);
        var student = figure.Series.Where(s => s.Role == SeriesRole.Student).ToList();
        Assert.That(student, Is.Not.Empty, "a series of the student's own results");
        Assert.That(student.Sum(s => s.X.Count), Is.GreaterThan(0), "with data");
        var svg = FigureRenderer.Shared.Svg(figure, "t");
        Assert.That(svg, Has.Length.LessThan(MaxSvgChars));
        var doc = XDocument.Parse(svg);
        var text = string.Join("\n", doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        foreach (var s in figure.Series) Assert.That(text, Does.Contain(s.Name), "every series is in the legend");
        Assert.That(text, Does.Contain(figure.Title));
        // Contours, when the figure has them, are drawn under the series: two stacked layers.
        Assert.That(doc.Root!.Elements().Count(e => e.Name.LocalName == "svg"), Is.EqualTo(figure.Background is null ? 1 : 2));
    }

    [TestCaseSource(nameof(WrongCases))]
    public void A_wrong_submission_draws_other_values_than_the_reference(string module, string id, string wrong)
    {
        static string Data(Figure f) => Protocol.Wire.Serialize(f.Series.Where(s => s.Role == SeriesRole.Student).ToList());
        Assert.That(Data(FigureOf(Golden(module, wrong), id)), Is.Not.EqualTo(Data(FigureOf(Golden(module, "reference"), id))));
    }

    public static IEnumerable<TestCaseData> WrongCases() =>
        Modules.Select(m => new TestCaseData(m.Module, m.Figure, m.Wrong).SetName($"plot-differs:{m.Module}/{m.Wrong}"));

    [Test]
    public void A_path_that_runs_off_the_map_is_marked_where_it_leaves()
    {
        var figure = FigureOf(Golden("03-gradient-descent", "wrong-sign-climbing"), "m03.path");
        var path = figure.Series.Single(s => s.Name == "your path");
        var w = figure.Window;
        Assert.That(path.X.Zip(path.Y).Any(p => p.First < w.XMin || p.First > w.XMax || p.Second < w.YMin || p.Second > w.YMax), "the climbing path leaves the window");
        Assert.That(path.X.Concat(path.Y).All(double.IsFinite));
        Assert.That(FigureRenderer.Shared.Svg(figure), Does.Contain("your path: leaves the window").Or.Contain("your path: diverged"));
        Assert.That(FigureRenderer.Shared.Svg(FigureOf(Golden("03-gradient-descent", "reference"), "m03.path")), Does.Not.Contain("leaves the window").And.Not.Contain("diverged"));
    }

    [Test]
    public void A_kind_of_figure_draws_its_contours_once()
    {
        var renderer = new FigureRenderer();
        var figure = FigureOf(Golden("03-gradient-descent", "reference"), "m03.path");
        var first = renderer.Svg(figure, "a");
        var second = renderer.Svg(FigureOf(Golden("03-gradient-descent", "wrong-sign-climbing"), "m03.path"), "b");
        Assert.That(renderer.BackgroundsDrawn, Is.EqualTo(1));
        Assert.That(renderer.Svg(figure, "a"), Is.EqualTo(first), "the same figure draws the same bytes");
        Assert.That(second, Is.Not.EqualTo(first));
    }
}
