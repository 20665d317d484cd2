using System.Text.RegularExpressions;

namespace Grader.Batch.Lms;

/// <summary>Finds the assignment's column in an LMS file's header: by the full header, by the LMS's
/// id for the column, or by its name alone. <paramref name="parts"/> splits a header into its name and
/// id (Canvas "Name (123)", Blackboard "Name [Total Pts: 10 Score] |123"). -1 when absent (a new
/// column); two matching columns are an error, since filling the wrong one would be silent, and so is
/// a column that identifies students (<paramref name="studentColumns"/>): a grade must never overwrite a login.</summary>
public static class AssignmentColumn
{
    public static int Find(CsvTable table, string wanted, Regex parts, IReadOnlyCollection<string> studentColumns)
    {
        wanted = wanted.Trim();
        if (studentColumns.Contains(wanted, StringComparer.OrdinalIgnoreCase))
            throw GraderException.BadInput($"{table.File}:1: --column '{wanted}' identifies students; name the assignment's column (its header, name or id) or a new one.");
        var exact = table.Column(wanted);
        if (exact >= 0) return exact;
        var found = new List<int>();
        for (var i = 0; i < table.Header.Length; i++)
        {
            if (studentColumns.Contains(table.Header[i], StringComparer.OrdinalIgnoreCase)) continue;
            var m = parts.Match(table.Header[i]);
            if (!m.Success) continue;
            var id = m.Groups["id"].Value;
            if (m.Groups["name"].Value.Trim() == wanted || id == wanted.TrimStart('|') || id == wanted.Trim('(', ')')) found.Add(i);
        }
        if (found.Count > 1)
            throw GraderException.BadInput($"{table.File}:1: --column '{wanted}' matches {string.Join(" and ", found.Select(i => $"'{table.Header[i]}'"))}; give the full header or the id.");
        return found.Count == 1 ? found[0] : -1;
    }
}
