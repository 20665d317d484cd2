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
            var folder = SubmissionFolder.Of(result.GetValue(submission)!, "grade");

            var formats = (result.GetValue(format) ?? []).Distinct().ToList();
            var file = result.GetValue(output);
            var dir = result.GetValue(outputDir);
            if (file is not null && formats.Count > 1)
                throw GraderException.BadInput("--output takes one --format; use --output-dir for several.");
            // Before grading: a bad place to write is known at once, and nothing is half-written.
            if (file is not null) OutputPath.File(file, "--output");
            if (dir is not null) OutputPath.Folder(dir, "--output-dir");

            await using var grader = new SubmissionGrader(found);
            var report = await grader.GradeAsync(folder, Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)), ct);
            var toStdout = file is null && dir is null && formats.Count > 0;
            var failures = new List<ExportFailure>();
            if (file is not null) failures.AddRange(ReportWriter.ToFile(report, formats.FirstOrDefault() ?? "json", file));
            if (dir is not null) failures.AddRange(ReportWriter.ToFolder(report, formats.Count == 0 ? ["json"] : formats, dir));
            if (toStdout) failures.AddRange(ReportWriter.ToWriter(report, formats, Console.Out));
            if (!result.GetValue(quiet))
                (toStdout ? Console.Error : Console.Out).Write(new TextSummaryExporter().Export(report));
            else if (report.Status == Reports.ReportStatus.LoadError)
                // Quiet or not, a submission that could not be read (wrong module, a class folder) is said.
                Console.Error.WriteLine("warning: " + report.Message);
            foreach (var f in failures) Console.Error.WriteLine("error: " + f);
            return failures.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }
}
