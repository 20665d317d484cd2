namespace Grader.Protocol.Figures;

/// <summary>One named series of a figure: a line, a path, points, arrows (X, Y the tails; U, V the
/// vectors) or a single marked point.</summary>
public sealed record FigureSeries
{
    public required string Name { get; init; }

    public SeriesRole Role { get; init; }

    public SeriesStyle Style { get; init; }

    public IReadOnlyList<double> X { get; init; } = [];

    public IReadOnlyList<double> Y { get; init; } = [];

    /// <summary>Arrows only: the vector at each (X, Y).</summary>
    public IReadOnlyList<double>? U { get; init; }

    public IReadOnlyList<double>? V { get; init; }

    /// <summary>Index of the first point that was not finite or left the window: the series stops
    /// there, at the window's edge, and the plot says "diverged". Null when it stayed inside.</summary>
    public int? DivergedAt { get; init; }

    /// <summary>Points dropped past <see cref="FigureBounds.PointsPerSeries"/>.</summary>
    public int? PointsCut { get; init; }
}

public enum AxisScale
{
    Linear,
    Log,
}

/// <summary>Whose values these are: drawn in the student's colour, the reference's, or as a guide.</summary>
public enum SeriesRole
{
    Student,
    Reference,
    Guide,
}

public enum SeriesStyle
{
    Line,

    /// <summary>A line through iterates (a descent path, Newton's steps): drawn as a line, and when
    /// it leaves the window the plot says where — for a path that is the story.</summary>
    Path,
    Points,
    Arrows,
    Marker,
}
