using System.Globalization;
using System.Text.RegularExpressions;

namespace Grader.Batch.Lms;

/// <summary>Blackboard Grade Center ("Work Offline → Download", then "Upload"): a tab-delimited file
/// keyed by Username whose grade columns are headed "Name [Total Pts: 10 Score] |123456" — the number
/// after '|' is the Column ID that upload matches an existing column by. The file comes back with that
/// column filled (scaled to its Total Pts) in the encoding it was downloaded in; every other cell as
/// downloaded. A column without a Column ID becomes, in Blackboard, a new text column worth 0 points,
/// so the command warns: create the column in Grade Center and download again.</summary>
public sealed partial class BlackboardGradebook : ILmsGradebook
{
    private static readonly string[] StudentColumns = ["Last Name", "First Name", "Username", "Student ID", "Last Access", "Availability", "Child Course ID"];

    public string Name => "blackboard";
    public char Separator => '\t';

    [GeneratedRegex(@"^(?<name>.*?)(?: \[Total Pts: (?<points>[0-9.]+)[^\]]*\])? \|(?<id>\d+)$")]
    private static partial Regex Parts();

    public LmsResult Fill(CsvTable roster, GradebookRequest request, IReadOnlyList<LmsGrade> grades)
    {
        roster.Require("Username", "Blackboard's upload keys students by it; start from Work Offline → Download");
        var match = RosterMatch.Of(roster, roster.Rows, request.Map, grades);
        var column = AssignmentColumn.Find(roster, request.Column, Parts(), [.. StudentColumns, request.Map.KeyColumn]);
        var isNew = column < 0;
        double? lmsPoints = null;
        if (!isNew && Parts().Match(roster.Header[column]) is { Success: true } m && m.Groups["points"].Success
            && double.TryParse(m.Groups["points"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p > 0) lmsPoints = p;
        var points = request.Points ?? lmsPoints ?? CanvasGradebook.MaxOf(grades);
        var header = roster.Header;
        if (isNew) { column = header.Length; header = [.. header, request.Column.Trim()]; }
        foreach (var (row, grade) in match.Matched) row.Set(column, grade.Points(points, request.Decimals));
        foreach (var row in roster.Rows) if (row.Cells.Length < header.Length) row.Set(header.Length - 1, row[header.Length - 1]);
        var table = new CsvTable { File = roster.File, Separator = Separator, Header = header, Rows = roster.Rows };
        var warnings = new List<string>();
        if (isNew) warnings.Add($"'{request.Column.Trim()}' has no Column ID in {roster.File}: Blackboard will add it as a text column worth 0 points. Create the column in Grade Center, download again, and pass its Column ID.");
        return new LmsResult { Text = table.Write(), Encoding = roster.Encoding, Column = header[column], NewColumn = isNew, Points = points, Match = match, Warnings = warnings };
    }
}
