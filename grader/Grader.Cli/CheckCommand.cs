using System.CommandLine;
using Grader.Pipeline;
using Grader.Modules;

namespace Grader.Cli;

/// <summary>`check [module]`: a student's quick local check — compile, policy and the public
/// sample tests, with friendly feedback. Run inside a module folder, the module is inferred.</summary>
internal static class CheckCommand
{
    public static Command Create(Option<string?> course)
    {
        var module = new Argument<string?>("module") { Description = "Module slug or prefix; inferred from the current folder's module.json when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var submission = new Option<string?>("--submission", "-s") { Description = "Folder with your files (default: the module folder you are in)." };
        var plots = PlotsOption();
        var command = new Command("check", "Check your work against the public sample tests (fast, local).") { module, submission, plots };
        command.SetAction(async (result, ct) =>
        {
            var (found, folder) = Resolve(result.GetValue(course), result.GetValue(module), result.GetValue(submission), "check");
            await using var checker = new SubmissionChecker(found);
            Console.WriteLine($"Checking {found.Slug} in {Path.GetRelativePath(Directory.GetCurrentDirectory(), folder)} ...");
            var check = await checker.CheckAsync(folder, ct);
            CheckSummary.Render(check, Terminal.Out());
            if (CheckPlots.Folder(result.GetValue(plots)) is { } plotsFolder)
            {
                await using var drawer = new CheckPlots(found, plotsFolder);
                await drawer.WriteAsync(folder, ct);
            }
            return check.AllPassed ? ExitCodes.Ok : ExitCodes.TestsFailed;
        });
        return command;
    }

    internal static Option<string?> PlotsOption() =>
        new("--plots") { Description = "Also write plots of your results (SVG, from the module's hidden tests) into this folder." };

    /// <summary>The module and submission folder from the arguments or the current folder.</summary>
    internal static (CourseModule module, string folder) Resolve(string? courseOption, string? moduleArg, string? submissionArg, string command)
    {
        // A file for --submission is refused here, before it is taken for a start to search from.
        if (submissionArg is not null) SubmissionFolder.Of(submissionArg, command);
        var (inferred, moduleFolder) = ModuleInference.FromFolder(submissionArg ?? Directory.GetCurrentDirectory());
        var slug = moduleArg ?? inferred;
        if (slug is null)
            throw GraderException.BadInput("which module? Run this inside a module folder (one with module.json) or name the module, e.g. `check 01`.");
        using var host = GraderHost.Build(courseOption);
        var found = GraderHost.Module(host, slug, needsHiddenTests: false);
        // The folder we are in only if it is this module's: `check 02` inside 01's folder checks 02's.
        var folder = SubmissionFolder.Of(submissionArg ?? (inferred == found.Slug ? moduleFolder : null) ?? found.AssignmentDirectory, command);
        return (found, folder);
    }
}
