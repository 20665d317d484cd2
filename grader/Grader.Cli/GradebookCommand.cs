using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.CommandLine;
using System.Globalization;
using Grader.Batch;
using Grader.Batch.Lms;

namespace Grader.Cli;

/// <summary>`gradebook &lt;results&gt; --as canvas|moodle|blackboard --roster &lt;LMS file&gt; --map
/// &lt;map.csv&gt; --out &lt;file&gt;`: the batch's grades in the LMS's own import file, made from the
/// LMS's own export, and the students unmatched in either direction.</summary>
internal static class GradebookCommand
{
    public static Command Create(Option<string?> course)
    {
        var results = new Argument<string>("results") { Description = "The --out folder of a batch (or merge) run: its reports/ are read." };
        var lms = new Option<string>("--as") { Description = "The LMS: canvas, moodle or blackboard.", Required = true };
        var roster = new Option<string>("--roster") { Description = "The LMS's own file: Canvas's gradebook export, Blackboard's Work Offline download (tab-delimited), or Moodle's grade export / participants CSV.", Required = true };
        var map = new Option<string?>("--map") { Description = "CSV with the header 'submission,<LMS column>': each submission id and the student's value in that column of --roster. Not needed after a batch of a Canvas download, whose ids carry the Canvas user ID." };
        var output = new Option<string>("--out", "-o") { Description = "The file to import into the LMS.", Required = true };
        var column = new Option<string?>("--column") { Description = "The assignment's column: an existing column's header, name or LMS id (Canvas '(123)', Blackboard Column ID); else a new column's name. Default: the module slug." };
        var points = new Option<double?>("--points") { Description = "Scale scores to this many points. Default: the column's points in the LMS file (Canvas, Blackboard), else the module's maximum." };
        var decimals = new Option<int>("--decimals") { Description = "Decimal places the scores are rounded to (half away from zero).", DefaultValueFactory = _ => 2 };
        var adjustments = new Option<string?>("--adjustments") { Description = $"Hand adjustments applied on top (as for batch); default: <results>/{AdjustmentsFile.DefaultName} if it exists." };
        var times = new Option<string?>("--submitted-at") { Description = "A roster CSV (student, submitted_at) for the late policy in grader.json." };
        var command = new Command("gradebook", "Write a batch's grades into an LMS's own import file (Canvas, Moodle, Blackboard).")
            { results, lms, roster, map, output, column, points, decimals, adjustments, times };
        command.SetAction(result =>
        {
            var format = LmsGradebooks.Named(result.GetValue(lms)!);
            if (result.GetValue(points) is { } p && !(p > 0)) throw GraderException.BadInput($"--points must be positive, not {p.ToString(CultureInfo.InvariantCulture)}.");
            if (result.GetValue(decimals) is < 0 or > 4) throw GraderException.BadInput("--decimals must be between 0 and 4.");
            var resultsDir = result.GetValue(results)!;
            var store = new ReportStore(Path.GetFullPath(resultsDir));
            if (!Directory.Exists(store.Directory)) throw GraderException.BadInput($"{resultsDir} has no reports/ folder; is it the --out of a batch run?");
            // The same hand adjustments and late policy as the batch's gradebook: the LMS gets the final grade.
            using var host = GraderHost.Build(result.GetValue(course));
            var config = host.Services.GetRequiredService<IConfiguration>();
            var reports = store.ReadEach().ToList();
            var overlay = ClassOverlay.Build(config, reports.SelectMany(r => r.Tasks.Select(t => t.Id)).Distinct(), [.. reports.Select(r => new BatchItem(r.Submission, ""))],
                store, result.GetValue(adjustments) ?? ClassOverlay.DefaultAdjustments(Path.GetFullPath(resultsDir)), result.GetValue(times));
            var grades = reports.Select(overlay.Apply).Select(LmsGrade.Of).ToList();
            if (grades.Count == 0) throw GraderException.BadInput($"{store.Directory} holds no reports.");
            var modules = grades.Select(g => g.Module).Distinct().ToList();
            if (modules.Count > 1) throw GraderException.BadInput($"{resultsDir} holds reports of several modules ({string.Join(", ", modules)}); one column is one module.");

            var request = new GradebookRequest
            {
                RosterPath = result.GetValue(roster)!,
                Map = result.GetValue(map) is { } mapFile ? RosterMap.Read(mapFile)
                    : RosterMap.FromDownloadIds(format.Name, grades.Select(g => g.Submission))
                      ?? throw GraderException.BadInput(format.Name == "canvas"
                          ? $"--map is needed: the submission ids ({string.Join(", ", grades.Take(3).Select(g => g.Submission))}{(grades.Count > 3 ? ", ..." : "")}) are not those of a batch of a Canvas download; write a CSV with the header 'submission,<column of --roster>' and one line per student."
                          : $"--map is needed for {format.Name}: write a CSV with the header 'submission,<column of --roster>' and one line per student (only a batch of a Canvas download can do without)."),
                Column = result.GetValue(column) ?? modules[0],
                Points = result.GetValue(points),
                Decimals = result.GetValue(decimals),
            };
            var table = CsvTable.Read(request.RosterPath, format.Separator);
            var filled = format.Fill(table, request, grades);
            var outPath = Path.GetFullPath(result.GetValue(output)!);
            WriteAtomically(outPath, filled);
            Print(format, filled, outPath, request);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteAtomically(string path, LmsResult filled)
    {
        if (Path.GetDirectoryName(path) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        var temp = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temp, filled.Text, filled.Encoding);
        File.Move(temp, path, overwrite: true);
    }

    private static void Print(ILmsGradebook format, LmsResult filled, string outPath, GradebookRequest request)
    {
        var m = filled.Match;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{format.Name}: {m.Matched.Count} grades in column '{filled.Column}'{(filled.NewColumn ? " (new)" : "")}, out of {filled.Points:0.##} points, rounded to {request.Decimals} decimals: {outPath}"));
        foreach (var w in filled.Warnings) Console.WriteLine("warning: " + w);
        List(m.NoSubmission.Count, $"in the roster, no submission ({request.Map.KeyColumn})", m.NoSubmission);
        List(m.NoRosterRow.Count, $"submissions mapped to no roster row ({request.Map.KeyColumn} in {request.Map.File})", m.NoRosterRow.Select(x => $"{x.Submission} → {x.User}"));
        List(m.NotInMap.Count, $"submissions not in the map {request.Map.File}", m.NotInMap);
        List(m.NotWritten.Count, "not written, the grader failed on them (regrade first)", m.NotWritten);
    }

    private static void List(int count, string what, IEnumerable<string> items)
    {
        if (count == 0) return;
        Console.WriteLine($"{what}: {count}");
        foreach (var i in items) Console.WriteLine("  " + i);
    }
}
