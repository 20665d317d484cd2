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
        // Parsed by CsvHelper (through CsvTable, which the LMS imports use too): RFC 4180 quoting,
        // the byte order mark Excel writes, and the line each row starts on.
        var table = Lms.CsvTable.Read(path, ',', strict: true);
        var header = table.Header.Select(h => h.Trim()).ToArray();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++) columns.TryAdd(header[i], i);
        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw GraderException.BadInput($"{path}:1: the header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} (it has {string.Join(", ", header)}).");
        var rows = table.Rows.Where(r => r.Cells.Any(f => f.Trim().Length > 0)).Select(r => (r.Line, r.Cells)).ToList();
        return new InstructorCsv(path, columns, rows);
    }
}
