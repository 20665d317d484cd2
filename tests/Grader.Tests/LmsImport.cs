using System.Globalization;
using CsvHelper;

namespace Grader.Tests;

/// <summary>An LMS's import, as its documentation describes it, written here apart from the grader's
/// code: find the key column and the assignment column (Canvas by its "(id)", Blackboard by its
/// "|Column ID", Moodle by the name the instructor maps), skip Canvas's Points Possible row, and read
/// each student's grade (and Moodle's feedback). What a round trip compares with the reports.</summary>
internal sealed record LmsImport(IReadOnlyDictionary<string, string> Grades, IReadOnlyDictionary<string, string> Feedback, double? PointsPossible)
{
    public static LmsImport Read(string path, char separator, string keyColumn, Func<string, bool> isAssignment, string? feedbackColumn = null)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = separator, HasHeader = false });
        string[]? header = null;
        int key = -1, grade = -1, feedback = -1;
        double? points = null;
        var grades = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var comments = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "").ToArray();
            if (header is null)
            {
                header = cells;
                key = Array.IndexOf(header, keyColumn);
                grade = Array.FindIndex(header, h => isAssignment(h));
                feedback = feedbackColumn is null ? -1 : Array.IndexOf(header, feedbackColumn);
                if (key < 0 || grade < 0 || (feedbackColumn is not null && feedback < 0))
                    throw new InvalidDataException($"{path}: the LMS would not find its columns in '{string.Join("|", header)}'");
                if (Array.FindAll(header, h => isAssignment(h)).Length != 1) throw new InvalidDataException($"{path}: the assignment is in several columns");
                continue;
            }
            if (cells[0].Trim() == "Points Possible")
            {
                points = double.Parse(cells[grade], CultureInfo.InvariantCulture);
                continue;
            }
            if (cells.Length != header.Length) throw new InvalidDataException($"{path}: a row of {cells.Length} cells under a header of {header.Length}");
            grades[cells[key]] = cells[grade];
            if (feedback >= 0) comments[cells[key]] = cells[feedback];
        }
        return new LmsImport(grades, comments, points);
    }
}
