using System.Globalization;
using Grader.Reports;

namespace Grader.Batch;

/// <summary>adjustments.csv: student, target (total | a task id | a test name), points or override,
/// comment, who. The grader only reads it, so a regrade never overwrites a hand adjustment. Every
/// row is checked against the class before anything is written: an unknown student, target or a
/// malformed number stops the batch with the file and line to fix.</summary>
public static class AdjustmentsFile
{
    public const string DefaultName = "adjustments.csv";
    private static readonly string[] Required = ["student", "target", "points", "override", "comment", "who"];

    /// <param name="students">Every submission id of the class.</param>
    /// <param name="targets">Every task id and test name (short or full) a row may name.</param>
    public static IReadOnlyList<Adjustment> Load(string path, IReadOnlySet<string> students, IReadOnlySet<string> targets)
    {
        var table = InstructorCsv.Read(path, Required);
        var result = new List<Adjustment>();
        foreach (var row in table.Rows)
        {
            var student = table.Get(row, "student");
            var target = table.Get(row, "target");
            if (!students.Contains(student))
                throw table.Error(row.line, $"unknown student '{student}' (no submission has that id).");
            if (target != Adjustment.Total && !targets.Contains(target))
                throw table.Error(row.line, $"unknown target '{target}': expected 'total', a task id or a test name of the module.");
            var points = Number(table, row, "points");
            var value = Number(table, row, "override");
            if ((points is null) == (value is null))
                throw table.Error(row.line, "give either points or override, not both and not neither.");
            result.Add(new Adjustment(row.line, student, target, points, value, table.Get(row, "comment"), table.Get(row, "who")));
        }
        return result;
    }

    private static double? Number(InstructorCsv table, (int line, string[] fields) row, string column)
    {
        var text = table.Get(row, column);
        if (text.Length == 0) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
        throw table.Error(row.line, $"{column} '{text}' is not a number (write it like 1.5 or -2).");
    }

    /// <summary>The names a row may target in these reports: task ids and test names.</summary>
    public static HashSet<string> Targets(IEnumerable<GradeReport> reports, IEnumerable<string> taskIds)
    {
        var set = new HashSet<string>(taskIds, StringComparer.Ordinal);
        foreach (var r in reports)
            foreach (var t in r.Tests) { set.Add(t.Name); set.Add(t.FullName); }
        return set;
    }
}
