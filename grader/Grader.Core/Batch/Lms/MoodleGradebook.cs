namespace Grader.Batch.Lms;

/// <summary>Moodle ("Grades → Import → CSV file"): a CSV the instructor maps on import — the roster
/// map's column (Username, ID number or Email address, as in Moodle's own grade export) to that user
/// field, the grade column to the assignment's grade item, and the feedback column to the item's
/// feedback. One row per matched student, in the order of Moodle's file; feedback is the report's
/// result and each failed visible test's message, with formulas escaped (it holds test output).</summary>
public sealed class MoodleGradebook : ILmsGradebook
{
    public string Name => "moodle";
    public char Separator => ',';

    public LmsResult Fill(CsvTable roster, GradebookRequest request, IReadOnlyList<LmsGrade> grades)
    {
        var match = RosterMatch.Of(roster, roster.Rows, request.Map, grades);
        var key = roster.Column(request.Map.KeyColumn);
        var name = request.Column.Trim();
        if (name.Equals(request.Map.KeyColumn, StringComparison.OrdinalIgnoreCase))
            throw GraderException.BadInput($"{request.Map.File}:1: --column '{name}' is the map's user column; name the grade column something else.");
        var points = request.Points ?? CanvasGradebook.MaxOf(grades);
        var rows = match.Matched.OrderBy(m => m.Row.Line)
            .Select(m => new CsvTableRow(m.Row.Line, [m.Row[key], m.Grade.Points(points, request.Decimals), m.Grade.Comment])).ToList();
        var table = new CsvTable { File = roster.File, Separator = Separator, Header = [request.Map.KeyColumn, name, name + " (feedback)"], Rows = rows };
        var warnings = new List<string>();
        if (request.Points is null)
            warnings.Add($"Moodle's file does not say the grade item's maximum: grades are out of {CanvasGradebook.Format(points)} (the module's maximum); pass --points if the item's maximum differs.");
        return new LmsResult { Text = table.Write(escapeFormulas: true), Column = name, NewColumn = false, Points = points, Match = match, Warnings = warnings };
    }
}
