using System.CommandLine;
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
            var found = GraderHost.Module(host, result.GetValue(module)!);
            var folder = Path.GetFullPath(result.GetValue(submission)!);
            if (!Directory.Exists(folder))
                throw GraderException.BadInput($"the submission folder '{result.GetValue(submission)}' does not exist.");

            var formats = (result.GetValue(format) ?? []).Distinct().ToList();
            var file = result.GetValue(output);
            var dir = result.GetValue(outputDir);
            if (file is not null && formats.Count > 1)
                throw GraderException.BadInput("--output takes one --format; use --output-dir for several.");

            await using var grader = new SubmissionGrader(found);
            var report = await grader.GradeAsync(folder, Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)), ct);
            var toStdout = file is null && dir is null && formats.Count > 0;
            var failures = new List<ExportFailure>();
            if (file is not null) failures.AddRange(ReportWriter.ToFile(report, formats.FirstOrDefault() ?? "json", file));
            if (dir is not null) failures.AddRange(ReportWriter.ToFolder(report, formats.Count == 0 ? ["json"] : formats, dir));
            if (toStdout) failures.AddRange(ReportWriter.ToWriter(report, formats, Console.Out));
            if (!result.GetValue(quiet))
                (toStdout ? Console.Error : Console.Out).Write(new TextSummaryExporter().Export(report));
            foreach (var f in failures) Console.Error.WriteLine("error: " + f);
            return failures.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }
}
