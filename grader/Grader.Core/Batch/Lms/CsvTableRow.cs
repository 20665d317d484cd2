namespace Grader.Batch.Lms;

/// <summary>One row of a <see cref="CsvTable"/>: its cells, and the line of the file it starts on.</summary>
public sealed class CsvTableRow(int line, string[] cells)
{
    public int Line { get; } = line;
    public string[] Cells { get; private set; } = cells;

    public string this[int column] => column < Cells.Length ? Cells[column] : "";

    /// <summary>Sets a cell, widening a short row (an LMS may drop trailing empty cells).</summary>
    public void Set(int column, string value)
    {
        if (column >= Cells.Length) Cells = [.. Cells, .. Enumerable.Repeat("", column + 1 - Cells.Length)];
        Cells[column] = value;
    }
}
