using System.CommandLine;
using Grader.Platforms.Gradescope;

namespace Grader.Cli;

/// <summary>`gradescope &lt;module&gt; --out autograder.zip`: the Gradescope autograder zip.</summary>
internal static class GradescopeCommand
{
    public static Command Create(Option<string?> course)
    {
        var module = new Argument<string>("module") { Description = "Module slug or prefix." };
        var output = new Option<string>("--out", "-o") { Description = "Path of the zip to write.", DefaultValueFactory = _ => "autograder.zip" };
        var command = new Command("gradescope", "Write a Gradescope autograder zip (setup.sh, run_autograder and the kit) for a module.") { module, output };
        command.SetAction(result =>
        {
            using var host = GraderHost.Build(result.GetValue(course));
            var found = GraderHost.Module(host, result.GetValue(module)!);
            var path = OutputPath.File(result.GetValue(output)!, "--out");
            Modules.StarterManifest.RequirePristine(found, "gradescope");
            // Written beside and renamed into place: a failure never leaves a partial zip under the name.
            var temp = path + ".tmp-" + Environment.ProcessId;
            IReadOnlyList<string> entries;
            try
            {
                entries = GradescopePackage.Write(found.Layout.Root, found, temp);
                File.Move(temp, path, overwrite: true);
            }
            finally { File.Delete(temp); }
            Console.WriteLine($"Wrote {path} ({entries.Count} files): upload it as the assignment's autograder (Configure Autograder → Zip file upload).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
