using System.CommandLine;
using Grader.Pipeline;
using Grader.Platforms.Classroom;

namespace Grader.Cli;

/// <summary>`export &lt;module&gt; --out &lt;folder&gt;`: the student template repository for GitHub
/// Classroom (see docs/CLASSROOM.md for the instructor's setup).</summary>
internal static class ExportCommand
{
    public static Command Create(Option<string?> course)
    {
        var module = new Argument<string>("module") { Description = "Module slug or prefix." };
        var output = new Option<string>("--out", "-o") { Description = "New, empty folder for the template repository.", Required = true };
        var command = new Command("export", "Write the student template repository of a module (starter, public tests, project, Classroom workflow).") { module, output };
        command.SetAction(async (result, ct) =>
        {
            using var host = GraderHost.Build(result.GetValue(course));
            var found = GraderHost.Module(host, result.GetValue(module)!);
            Modules.StarterManifest.RequirePristine(found, "export");
            var outDir = OutputPath.Folder(result.GetValue(output)!, "--out");
            // The points in the workflow's step name come from the hidden tests themselves.
            await using var grader = new SubmissionGrader(found);
            var maxScore = await grader.MaxScoreAsync(ct);
            // The student's tools: this kit's grader packed as a local .NET tool (once per grader version).
            Console.Error.WriteLine("Packing the student tool (check, watch, quiz) ...");
            var tool = StudentTool.Pack(found.Layout.Root);
            var files = ClassroomTemplate.Export(found, outDir, maxScore, tool);
            Console.WriteLine($"Exported {found.Slug} ({files.Count} files) to {result.GetValue(output)}:");
            foreach (var f in files) Console.WriteLine("  " + f);
            Console.WriteLine("Next: push it as the assignment's template repository; see docs/CLASSROOM.md for the secret and variable the workflow needs.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
