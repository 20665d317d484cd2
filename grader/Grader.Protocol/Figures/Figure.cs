namespace Grader.Protocol.Figures;

/// <summary>One plot's data, recorded by a hidden test from values it computed anyway. Only data
/// crosses from the worker: the trusted supervisor draws it (nothing renders inside the sandbox).</summary>
public sealed record Figure
{
    /// <summary>Stable id of the kind of plot, e.g. "m01.fd-error": a batch draws each kind's static
    /// background once and reuses it.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? XLabel { get; init; }

    public string? YLabel { get; init; }

    public AxisScale XScale { get; init; }

    public AxisScale YScale { get; init; }

    /// <summary>What the axes show, whatever the data: a diverging path is clamped to it instead of
    /// scaling the axes until the interesting part is a dot.</summary>
    public required FigureWindow Window { get; init; }

    /// <summary>Id of a function whose contours the supervisor draws behind the series (see the
    /// supervisor's background registry); null for none.</summary>
    public string? Background { get; init; }

    public IReadOnlyList<FigureSeries> Series { get; init; } = [];
}
