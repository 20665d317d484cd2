using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Grader.Pipeline;
using Spectre.Console;

namespace Grader.Cli;

/// <summary>Watches the student's folder for saved .cs files and re-runs the check, debounced so
/// an editor's burst of writes triggers one check.</summary>
internal sealed class WatchService(SubmissionChecker checker, WatchTarget target, IHostApplicationLifetime lifetime) : BackgroundService
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private readonly IAnsiConsole _console = Terminal.Out();

    /// <summary>Why watching stopped, when it was not Ctrl+C; the command's exit code.</summary>
    public string? Failure { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changes = Channel.CreateUnbounded<string>();
        using var watcher = new FileSystemWatcher(target.Folder, "*.cs") { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
        FileSystemEventHandler onChange = (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Changed += onChange;
        watcher.Created += onChange;
        // A deleted file changes what is graded as much as a saved one (the starter stands in for it, or it is missing).
        watcher.Deleted += onChange;
        watcher.Renamed += (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.EnableRaisingEvents = true;

        _console.WriteLine($"Watching {target.Folder} for changes to {checker.Module.Slug}; Ctrl+C to stop.");
        try
        {
            // The first check starts the worker (it needs no hidden tests: a student repository has none).
            await RunCheck(stoppingToken);
            while (await changes.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(Debounce, stoppingToken);
                var changed = new HashSet<string>();
                while (changes.Reader.TryRead(out var path))
                    // Relative to the watched folder: the course itself may live under a folder named bin.
                    if (!Path.GetRelativePath(target.Folder, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                        changed.Add(Path.GetFileName(path));
                if (changed.Count == 0) continue;
                var title = $"{DateTime.Now:HH:mm:ss} changed: {string.Join(", ", changed)}";
                _console.WriteLine();
                if (_console.IsStyled()) _console.Write(new Rule(Markup.Escape(title)).LeftJustified());
                else _console.WriteLine("── " + title);
                await RunCheck(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            // The host would otherwise end quietly with exit code 0.
            Failure = e.Message;
            Console.Error.WriteLine("error: watching stopped: " + e.Message);
            lifetime.StopApplication();
        }
        finally
        {
            await checker.DisposeAsync();
            if (target.Plots is not null) await target.Plots.DisposeAsync();
        }
    }

    private async Task RunCheck(CancellationToken ct)
    {
        var result = await checker.CheckAsync(target.Folder, ct);
        CheckSummary.Render(result, _console);
        if (target.Plots is not null) await target.Plots.WriteAsync(target.Folder, ct);
    }
}
