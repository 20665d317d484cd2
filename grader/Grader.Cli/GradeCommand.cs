using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Grader.Exporters;
using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>`grade &lt;module&gt; --submission &lt;folder&gt;`: grades one submission, prints a summary,
/// and writes the report where asked.</summary>
internal static class GradeCommand
{
    public static Command Create(Option<string?> course)
    {
        var module = new Argument<string>("module") { Description = "Module slug, e.g. 01-what-is-calculus (a unique prefix such as 01 works)." };
        var submission = new Option<string>("--submission", "-s") { Description = "Folder with the student's files.", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (in the --format given, JSON by default)." };
        var format = new Option<string>("--format", "-f") { Description = "Report format for --output.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(ReportFormats.Names);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print the summary." };

        var command = new Command("grade", "Grade one submission against a module's hidden tests.") { module, submission, output, format, quiet };
        command.SetAction(async (result, ct) =>
        {
            using var host = GraderHost.Build(result.GetValue(course));
            var log = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("grade");
            var catalog = GraderHost.Catalog(host);
            if (catalog is null) return ExitCodes.BadInput;
            var (found, error) = catalog.Find(result.GetValue(module)!);
            if (found is null) { Console.Error.WriteLine("error: " + error); return ExitCodes.BadInput; }
            var folder = Path.GetFullPath(result.GetValue(submission)!);
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"error: the submission folder '{result.GetValue(submission)}' does not exist.");
                return ExitCodes.BadInput;
            }

            try
            {
                await using var grader = new SubmissionGrader(found);
                var report = await grader.GradeAsync(folder, Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)), ct);
                if (result.GetValue(output) is { } path)
                {
                    var exporter = ReportFormats.Get(result.GetValue(format)!);
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                    await File.WriteAllTextAsync(path, exporter.Export(report), ct);
                }
                if (!result.GetValue(quiet)) Console.Write(new TextSummaryExporter().Export(report));
                return ExitCodes.Ok;
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("cancelled.");
                return ExitCodes.Cancelled;
            }
            catch (InvalidOperationException e)
            {
                log.LogError(e, "grading failed");
                Console.Error.WriteLine("error: grading failed: " + e.Message);
                return ExitCodes.InternalError;
            }
        });
        return command;
    }
}
