using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>`watch [module]`: re-checks on every save, as a hosted background service with the
/// worker kept warm, until Ctrl+C.</summary>
internal static class WatchCommand
{
    public static Command Create(Option<string?> course)
    {
        var module = new Argument<string?>("module") { Description = "Module slug or prefix; inferred from the current folder when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var submission = new Option<string?>("--submission", "-s") { Description = "Folder to watch (default: the module folder you are in)." };
        var plots = CheckCommand.PlotsOption();
        var command = new Command("watch", "Re-check your work against the public tests every time you save a file.") { module, submission, plots };
        command.SetAction(async (result, ct) =>
        {
            var (found, folder) = CheckCommand.Resolve(result.GetValue(course), result.GetValue(module), result.GetValue(submission), "watch");
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Services.AddSingleton(new SubmissionChecker(found));
            builder.Services.AddSingleton(new WatchTarget(folder, CheckPlots.Folder(result.GetValue(plots)) is { } p ? new CheckPlots(found, p) : null));
            builder.Services.AddHostedService<WatchService>();
            using var host = builder.Build();
            // Before running: RunAsync disposes the host, and its services with it.
            var watch = host.Services.GetServices<IHostedService>().OfType<WatchService>().Single();
            await host.RunAsync(ct);
            return watch.Failure is null ? ExitCodes.Ok : ExitCodes.InternalError;
        });
        return command;
    }
}

/// <summary>The folder a watch session observes.</summary>
internal sealed record WatchTarget(string Folder, CheckPlots? Plots);
