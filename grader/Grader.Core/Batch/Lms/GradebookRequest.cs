namespace Grader.Batch.Lms;

/// <summary>What the instructor asked for: the LMS's file, the map, the column to fill and its scale.</summary>
public sealed record GradebookRequest
{
    public required string RosterPath { get; init; }
    public required RosterMap Map { get; init; }
    /// <summary>The assignment column: an existing column's full header, its name, or its LMS id; else a new column's name.</summary>
    public required string Column { get; init; }
    /// <summary>Scale scores to this many points; null: the LMS column's own points when its file says, else the report's maximum.</summary>
    public double? Points { get; init; }
    public int Decimals { get; init; } = 2;
}
