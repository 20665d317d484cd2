namespace Grader.Batch.Lms;

/// <summary>Reports matched to the LMS file's rows through the roster map, and what did not match in
/// either direction: a roster row with no submission, a submission the map does not name, a map
/// entry naming no roster row, and a report the grader itself failed on (no grade is written).</summary>
public sealed class RosterMatch
{
    public List<(CsvTableRow Row, LmsGrade Grade)> Matched { get; } = [];
    /// <summary>Roster rows that no submission was mapped to: their key value, line and first cell (a name, in every LMS's export).</summary>
    public List<string> NoSubmission { get; } = [];
    /// <summary>Submissions absent from the roster map.</summary>
    public List<string> NotInMap { get; } = [];
    /// <summary>Submission → the key value the map gives it, which no roster row has.</summary>
    public List<(string Submission, string User)> NoRosterRow { get; } = [];
    /// <summary>Submissions whose report is a grader failure.</summary>
    public List<string> NotWritten { get; } = [];

    /// <summary>Matches <paramref name="grades"/> to the <paramref name="students"/> rows by the map's
    /// key column; keys compare ignoring case and surrounding spaces, as LMS logins and emails do.</summary>
    public static RosterMatch Of(CsvTable roster, IEnumerable<CsvTableRow> students, RosterMap map, IEnumerable<LmsGrade> grades)
    {
        var key = roster.Require(map.KeyColumn, $"the roster map {map.File} keys students by it");
        var byKey = new Dictionary<string, CsvTableRow>(StringComparer.OrdinalIgnoreCase);
        var rows = students.ToList();
        foreach (var row in rows)
        {
            var value = row[key].Trim();
            if (value.Length == 0) continue;
            if (!byKey.TryAdd(value, row))
                throw GraderException.BadInput($"{roster.File}:{row.Line}: {map.KeyColumn} '{value}' is on two rows (also line {byKey[value].Line}); it cannot key the roster.");
        }
        var match = new RosterMatch();
        var used = new HashSet<CsvTableRow>();
        foreach (var grade in grades)
        {
            if (!map.Users.TryGetValue(grade.Submission, out var user)) match.NotInMap.Add(grade.Submission);
            else if (!byKey.TryGetValue(user, out var row)) match.NoRosterRow.Add((grade.Submission, user));
            else if (!grade.Writable) { match.NotWritten.Add(grade.Submission); used.Add(row); }
            else { match.Matched.Add((row, grade)); used.Add(row); }
        }
        match.NoSubmission.AddRange(rows.Where(r => !used.Contains(r))
            .Select(r => $"{(r[key].Trim().Length > 0 ? r[key].Trim() : $"(no {map.KeyColumn})")} ({r[0].Trim()}, line {r.Line})"));
        return match;
    }
}
