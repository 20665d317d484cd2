using System.Globalization;
using System.Text.RegularExpressions;

namespace Grader.Batch.Lms;

/// <summary>Canvas: its gradebook export (Student, ID, SIS User ID, SIS Login ID, Section, then one
/// "Name (id)" column per assignment and read-only totals, with a "Points Possible" row under the
/// header) comes back with the assignment's column filled: an existing column is matched by header,
/// name or id and keeps its id (Canvas overwrites those scores); another name becomes a new column,
/// which Canvas's import creates as a new assignment with the points written in the Points Possible
/// row. Every other cell is left as exported. Canvas's CSV carries no comments.</summary>
public sealed partial class CanvasGradebook : ILmsGradebook
{
    private static readonly string[] Required = ["Student", "ID", "SIS Login ID", "Section"];
    private static readonly string[] StudentColumns = [.. Required, "SIS User ID", "Integration ID"];
    private const string PointsPossible = "Points Possible";

    public string Name => "canvas";
    public char Separator => ',';

    [GeneratedRegex(@"^(?<name>.*) \((?<id>\d+)\)$")]
    private static partial Regex Parts();

    public LmsResult Fill(CsvTable roster, GradebookRequest request, IReadOnlyList<LmsGrade> grades)
    {
        foreach (var c in Required) roster.Require(c, "Canvas's import needs it; start from Grades → Export");
        var idColumn = roster.Column("ID");
        // The Points Possible row (and any other row without a Canvas user id) is not a student.
        var pointsRow = roster.Rows.FirstOrDefault(r => r[0].Trim() == PointsPossible);
        var students = roster.Rows.Where(r => r != pointsRow && r[idColumn].Trim().Length > 0);
        var match = RosterMatch.Of(roster, students, request.Map, grades);

        var column = AssignmentColumn.Find(roster, request.Column, Parts(), [.. StudentColumns, request.Map.KeyColumn]);
        var isNew = column < 0;
        double? lmsPoints = null;
        if (!isNew && pointsRow is not null)
        {
            var cell = pointsRow[column].Trim();
            if (cell.Contains("read only", StringComparison.OrdinalIgnoreCase))
                throw GraderException.BadInput($"{roster.File}:{pointsRow.Line}: column '{roster.Header[column]}' is read-only in Canvas (a total or computed column); choose an assignment column.");
            if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p > 0) lmsPoints = p;
        }
        var points = request.Points ?? lmsPoints ?? MaxOf(grades);
        var header = roster.Header;
        if (isNew)
        {
            column = header.Length;
            header = [.. header, request.Column.Trim()];
            pointsRow?.Set(column, Format(points));
        }
        foreach (var (row, grade) in match.Matched) row.Set(column, grade.Points(points, request.Decimals));
        // Rows Canvas exported short (trailing cells dropped) are widened so the file stays rectangular.
        foreach (var row in roster.Rows) if (row.Cells.Length < header.Length) row.Set(header.Length - 1, row[header.Length - 1]);
        var table = new CsvTable { File = roster.File, Separator = Separator, Header = header, Rows = roster.Rows };
        var warnings = new List<string>();
        if (pointsRow is null) warnings.Add($"{roster.File} has no '{PointsPossible}' row: is it Canvas's own export?");
        if (isNew) warnings.Add($"'{request.Column.Trim()}' is not a column of {roster.File}: Canvas will create a new assignment worth {Format(points)} points.");
        return new LmsResult { Text = table.Write(), Column = header[column], NewColumn = isNew, Points = points, Match = match, Warnings = warnings };
    }

    internal static double MaxOf(IReadOnlyList<LmsGrade> grades) => grades.Select(g => g.MaxScore).DefaultIfEmpty(0).Max();

    internal static string Format(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
