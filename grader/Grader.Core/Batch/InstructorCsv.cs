using System.Text;

namespace Grader.Batch;

/// <summary>A small CSV file an instructor writes by hand (adjustments, submission times): RFC 4180
/// quoting, a header row, columns found by name (case-insensitive), and each row's line number in
/// the file so every error can name the line to fix.</summary>
public sealed class InstructorCsv
{
    private readonly Dictionary<string, int> _columns;

    private InstructorCsv(string path, Dictionary<string, int> columns, IReadOnlyList<(int line, string[] fields)> rows)
    {
        Path = path;
        _columns = columns;
        Rows = rows;
    }

    public string Path { get; }

    public IReadOnlyList<(int line, string[] fields)> Rows { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The field of a row in a column ("" when the row is short).</summary>
    public string Get((int line, string[] fields) row, string column) =>
        _columns.TryGetValue(column, out var i) && i < row.fields.Length ? row.fields[i].Trim() : "";

    /// <summary>A bad-input error that names the file and line.</summary>
    public GraderException Error(int line, string what) => GraderException.BadInput($"{Path}:{line}: {what}");

    public static InstructorCsv Read(string path, params string[] required)
    {
        if (!File.Exists(path)) throw GraderException.BadInput($"{path}: no such file.");
        var records = Parse(path, File.ReadAllText(path));
        if (records.Count == 0) throw GraderException.BadInput($"{path}: empty; expected a header row with {string.Join(", ", required)}.");
        var header = records[0].fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++) columns.TryAdd(header[i], i);
        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw GraderException.BadInput($"{path}:{records[0].line}: the header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} (it has {string.Join(", ", header)}).");
        var rows = records.Skip(1).Where(r => r.fields.Any(f => f.Trim().Length > 0)).ToList();
        return new InstructorCsv(path, columns, rows);
    }

    private static List<(int line, string[] fields)> Parse(string path, string text)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    records.Add((start, fields.ToArray())); fields.Clear();
                    start = ++line;
                    break;
                default: field.Append(c); break;
            }
        }
        if (quoted) throw GraderException.BadInput($"{path}:{start}: a quoted field is not closed.");
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); records.Add((start, fields.ToArray())); }
        return records;
    }
}
