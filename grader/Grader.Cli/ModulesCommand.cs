using System.CommandLine;

namespace Grader.Cli;

/// <summary>`modules`: lists the course's modules.</summary>
internal static class ModulesCommand
{
    public static Command Create(Option<string?> course)
    {
        var command = new Command("modules", "List the course's modules.");
        command.SetAction(result =>
        {
            using var host = GraderHost.Build(result.GetValue(course));
            var catalog = GraderHost.Catalog(host);
            foreach (var slug in catalog.Slugs())
            {
                var (module, error) = catalog.Find(slug);
                Console.WriteLine(module is null ? $"{slug}  ({error})" : $"{slug}  {module.Manifest.Title}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
