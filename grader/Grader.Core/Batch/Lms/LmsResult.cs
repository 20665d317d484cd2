using System.Text;

namespace Grader.Batch.Lms;

/// <summary>The file to import, and everything the instructor must know before importing it.</summary>
public sealed record LmsResult
{
    public required string Text { get; init; }
    public Encoding Encoding { get; init; } = new UTF8Encoding(false);
    /// <summary>The header of the column that was filled.</summary>
    public required string Column { get; init; }
    public required bool NewColumn { get; init; }
    public required double Points { get; init; }
    public required RosterMatch Match { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
