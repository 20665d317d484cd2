using System.Text.Json;

namespace Calculus.TestSupport;

/// <summary>A figure being recorded (see <see cref="Plot"/>). The JSON it writes is
/// Grader.Protocol.Figures.Figure's wire shape; Grader.Tests checks the two agree.</summary>
public sealed class PlotFigure
{
    private readonly string _id;
    private readonly string _title;
    private readonly PlotWindow _window;
    private readonly List<Dictionary<string, object?>> _series = [];
    private string? _xLabel, _yLabel, _background;
    private string _xScale = "linear", _yScale = "linear";

    internal PlotFigure(string id, string title, PlotWindow window) => (_id, _title, _window) = (id, title, window);

    public PlotFigure Axes(string xLabel, string yLabel) { _xLabel = xLabel; _yLabel = yLabel; return this; }

    public PlotFigure LogX() { _xScale = "log"; return this; }

    public PlotFigure LogY() { _yScale = "log"; return this; }

    public PlotFigure LogLog() => LogX().LogY();

    /// <summary>Contours of a function the grader knows by this id (its background registry), drawn once per batch.</summary>
    public PlotFigure Contours(string functionId) { _background = functionId; return this; }

    public PlotFigure Line(string name, IEnumerable<double> x, IEnumerable<double> y, PlotRole role = PlotRole.Student) =>
        Add(name, role, "line", x, y);

    /// <summary>A line through iterates (a descent path, Newton's steps): the plot marks where it leaves the window.</summary>
    public PlotFigure Path(string name, IEnumerable<double> x, IEnumerable<double> y, PlotRole role = PlotRole.Student) =>
        Add(name, role, "path", x, y);

    public PlotFigure Points(string name, IEnumerable<double> x, IEnumerable<double> y, PlotRole role = PlotRole.Student) =>
        Add(name, role, "points", x, y);

    public PlotFigure Marker(string name, double x, double y, PlotRole role = PlotRole.Student) =>
        Add(name, role, "marker", [x], [y]);

    /// <summary>Arrows with tails at (x, y) and vectors (u, v).</summary>
    public PlotFigure Arrows(string name, IEnumerable<double> x, IEnumerable<double> y, IEnumerable<double> u, IEnumerable<double> v, PlotRole role = PlotRole.Student)
    {
        Add(name, role, "arrows", x, y);
        _series[^1]["u"] = u.ToArray();
        _series[^1]["v"] = v.ToArray();
        return this;
    }

    /// <summary>Attaches the figure to the running test's result.</summary>
    public void Record() => Plot.Attach(JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = _id,
        ["title"] = _title,
        ["x_label"] = _xLabel,
        ["y_label"] = _yLabel,
        ["x_scale"] = _xScale,
        ["y_scale"] = _yScale,
        ["window"] = new { x_min = _window.XMin, x_max = _window.XMax, y_min = _window.YMin, y_max = _window.YMax },
        ["background"] = _background,
        ["series"] = _series,
    }, Plot.Json));

    private PlotFigure Add(string name, PlotRole role, string style, IEnumerable<double> x, IEnumerable<double> y)
    {
        _series.Add(new Dictionary<string, object?>
        {
            ["name"] = name,
            ["role"] = role.ToString().ToLowerInvariant(),
            ["style"] = style,
            ["x"] = x.ToArray(),
            ["y"] = y.ToArray(),
        });
        return this;
    }
}
