namespace Grader.Plots;

/// <summary>The functions whose contours figures can name as their background (Figure.Background).
/// They live here, in the trusted supervisor, because contours are the expensive part of a plot:
/// drawn once per batch from a known function, never from data a submission sent.</summary>
public static class PlotBackgrounds
{
    /// <summary>Contour levels are evenly spaced in log(1 + f − min): descent problems span
    /// decades, and even spacing in f would put every line at the rim.</summary>
    public static readonly IReadOnlyDictionary<string, Func<double, double, double>> Functions = new Dictionary<string, Func<double, double, double>>(StringComparer.Ordinal)
    {
        ["rosenbrock"] = (x, y) => (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
        // Module 02's gradient plot (tests/02-multivariate-calculus/GradientPlot.cs).
        ["m02.wavy"] = (x, y) => Math.Sin(x) * Math.Cos(y) + (x * x + y * y) / 10,
        // Module 09's course example f = exp(−(2x² + y² − xy)/2) (tests/09-lagrange-multipliers/ConstraintPlot.cs).
        ["m09.course-f"] = (x, y) => Math.Exp(-(2 * x * x + y * y - x * y) / 2),
    };

    public static Func<double, double, double>? Find(string? id) => id is not null && Functions.TryGetValue(id, out var f) ? f : null;
}
