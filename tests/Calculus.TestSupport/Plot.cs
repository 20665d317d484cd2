using System.Text.Json;
using System.Text.Json.Serialization;
using NUnit.Framework.Internal;

namespace Calculus.TestSupport;

/// <summary>Records a figure for the grader to draw from values a test computes anyway, e.g.
/// <c>Plot.Figure("m03.path", "Your descent path", new(-2, 2, -1, 3)).Line("yours", xs, ys).Record()</c>.
/// Only data is recorded; the grader's supervisor draws it, clamped to the window and within
/// Grader.Protocol's FigureBounds whatever the values are (NaN and ∞ included).</summary>
public static class Plot
{
    /// <summary>The NUnit property a figure is recorded under (<see cref="PropertyNames.Figure"/>).</summary>
    public const string PropertyName = PropertyNames.Figure;

    public static PlotFigure Figure(string id, string title, PlotWindow window) => new(id, title, window);

    /// <summary><paramref name="value"/>'s result, or NaN when the student's code throws: a plot
    /// must not change a test's outcome, the assertions decide that.</summary>
    public static double Try(Func<double> value)
    {
        try { return value(); }
        catch (Exception) { return double.NaN; }
    }

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    internal static void Attach(string json)
    {
        // Outside a test (a reference run from a console, say) there is nowhere to record to.
        var test = TestExecutionContext.CurrentContext?.CurrentTest;
        test?.Properties.Add(PropertyName, json);
    }
}
