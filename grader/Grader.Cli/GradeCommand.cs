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
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file, in the one --format given (JSON by default)." };
        var outputDir = new Option<string?>("--output-dir") { Description = "Write the report in every --format given (JSON by default) into this folder, under each format's usual file name." };
        var format = new Option<string[]>("--format", "-f")
        {
            Description = "Report format(s): " + string.Join(", ", ReportFormats.Names) + ". Repeatable. Without --output/--output-dir the report is printed to stdout in that format and the summary goes to stderr.",
            AllowMultipleArgumentsPerToken = true,
        };
        format.AcceptOnlyFromAmong(ReportFormats.Names);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print the summary." };

        var command = new Command("grade", "Grade one submission against a module's hidden tests.") { module, submission, output, outputDir, format, quiet };
        command.SetAction(async (result, ct) =>
        {
            using var host = GraderHost.Build(result.GetValue(course));
            var log = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("grade");
            var found = GraderHost.Module(host, result.GetValue(module)!);
            if (found is null) return ExitCodes.BadInput;
            var folder = Path.GetFullPath(result.GetValue(submission)!);
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"error: the submission folder '{result.GetValue(submission)}' does not exist.");
                return ExitCodes.BadInput;
            }

            var formats = (result.GetValue(format) ?? []).Distinct().ToList();
            var file = result.GetValue(output);
            var dir = result.GetValue(outputDir);
            if (file is not null && formats.Count > 1)
            {
                Console.Error.WriteLine("error: --output takes one --format; use --output-dir for several.");
                return ExitCodes.BadInput;
            }

            try
            {
                await using var grader = new SubmissionGrader(found);
                var report = await grader.GradeAsync(folder, Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)), ct);
                var toStdout = file is null && dir is null && formats.Count > 0;
                if (file is not null)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
                    await File.WriteAllTextAsync(file, ReportFormats.Get(formats.FirstOrDefault() ?? "json").Export(report), ct);
                }
                if (dir is not null)
                {
                    Directory.CreateDirectory(dir);
                    foreach (var name in formats.Count == 0 ? ["json"] : formats)
                    {
                        var exporter = ReportFormats.Get(name);
                        await File.WriteAllTextAsync(Path.Combine(dir, exporter.DefaultFileName), exporter.Export(report), ct);
                    }
                }
                if (toStdout)
                    foreach (var name in formats) Console.Out.Write(ReportFormats.Get(name).Export(report));
                if (!result.GetValue(quiet))
                    (toStdout ? Console.Error : Console.Out).Write(new TextSummaryExporter().Export(report));
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
