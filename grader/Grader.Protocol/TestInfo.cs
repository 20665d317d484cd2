namespace Grader.Protocol;

/// <summary>A hidden test case as discovered: identity plus the metadata written on it.</summary>
public sealed record TestInfo
{
    public required string FullName { get; init; }

    /// <summary>Short readable name: Fixture.Method(args).</summary>
    public required string Name { get; init; }

    public double Points { get; init; }

    public string? Task { get; init; }

    public string Visibility { get; init; } = "visible";
}
