using System.Text;
using CsvHelper;

namespace Grader.Batch.Lms;

/// <summary>A delimited file as the LMS wrote it: its header, every row's cells and the line each row
/// starts on (for error messages), and its encoding, so the file we write back can be imported the
/// way the LMS's own download is. Cells are kept as text: nothing we do not fill is reformatted.</summary>
public sealed class CsvTable
{
    public required string File { get; init; }
    public required char Separator { get; init; }
    public required string[] Header { get; init; }
    public required List<CsvTableRow> Rows { get; init; }
    /// <summary>UTF-16 when the file began with its byte order mark (Blackboard downloads), else UTF-8.</summary>
    public Encoding Encoding { get; init; } = new UTF8Encoding(false);

    public int Column(string name) => Array.FindIndex(Header, h => h == name);

    /// <summary>The index of each named column, or a one-line error naming the file and its header line.</summary>
    public int Require(string name, string why)
    {
        var i = Column(name);
        if (i < 0) throw GraderException.BadInput($"{File}:1: no '{name}' column ({why}); the header has {string.Join(", ", Header.Select(h => $"'{h}'"))}.");
        return i;
    }

    /// <param name="strict">Malformed quoting is an error rather than read as best it can be: for
    /// files written by hand, where a stray quote would swallow the rows after it.</param>
    public static CsvTable Read(string path, char separator, bool strict = false)
    {
        if (!System.IO.File.Exists(path)) throw GraderException.BadInput($"{path}: no such file.");
        var encoding = DetectEncoding(path);
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = false,
            TrackLineNumbers = true,
            MalformedData = strict ? CsvMalformedDataHandling.Throw : CsvMalformedDataHandling.Recover,
        };
        var rows = new List<CsvTableRow>();
        string[]? header = null;
        try
        {
            using var reader = CsvReader.FromFile(path, options);
            while (reader.Read())
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = reader.GetString(i) ?? "";
                if (header is null)
                {
                    // Excel and Canvas put a UTF-8 byte order mark first; it is not part of the first name.
                    if (cells.Length > 0) cells[0] = cells[0].TrimStart('\uFEFF');
                    header = cells;
                }
                else rows.Add(new CsvTableRow((int)reader.LineNumber, cells));
            }
        }
        catch (CsvFormatException e)
        {
            throw GraderException.BadInput($"{path}:{e.LineNumber}: not a readable {(separator == '\t' ? "tab-delimited" : "CSV")} file: {e.Message}");
        }
        if (header is null || header.All(string.IsNullOrWhiteSpace)) throw GraderException.BadInput($"{path}:1: the file is empty; expected a header line.");
        return new CsvTable { File = path, Separator = separator, Header = header, Rows = rows, Encoding = encoding };
    }

    /// <summary>The table as the LMS reads it: the same separator, quotes only where needed, "\n" line ends.</summary>
    public string Write(bool escapeFormulas = false)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var options = new CsvWriterOptions { NewLine = "\n", Separator = Separator, ValidateFieldCount = false, Injection = escapeFormulas ? CsvInjection.Escape : CsvInjection.None };
        using (var csv = CsvWriter.Create(writer, options, leaveOpen: true))
        {
            foreach (var row in new[] { Header }.Concat(Rows.Select(r => r.Cells)))
            {
                foreach (var cell in row) csv.WriteField(cell);
                csv.EndRecord();
            }
            csv.Flush();
        }
        return writer.ToString();
    }

    private static Encoding DetectEncoding(string path)
    {
        Span<byte> bom = stackalloc byte[2];
        using var f = System.IO.File.OpenRead(path);
        return f.Read(bom) == 2 && bom[0] == 0xFF && bom[1] == 0xFE ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : new UTF8Encoding(false);
    }
}
