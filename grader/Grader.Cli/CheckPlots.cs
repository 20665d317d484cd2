using Grader.Modules;
using Grader.Pipeline;
using Grader.Plots;

namespace Grader.Cli;

/// <summary>`check --plots` / `watch --plots`: the plots come from the hidden tests (they record
/// the figures), so the submission is also graded — quietly: only the pictures are shown, the
/// hidden tests' verdicts stay with the grader.</summary>
internal sealed class CheckPlots(CourseModule module, string plotsFolder) : IAsyncDisposable
{
    private SubmissionGrader? _grader;

    public static string? Folder(string? option) => option is null ? null : Path.GetFullPath(option);

    public async Task WriteAsync(string submissionFolder, CancellationToken ct)
    {
        if (!Directory.Exists(module.Layout.HiddenTests(module.Slug)))
        {
            Console.WriteLine($"Plots: not drawn — they come from the hidden tests, which this copy of the course does not have ({Path.GetRelativePath(Directory.GetCurrentDirectory(), module.Layout.HiddenTests(module.Slug))}).");
            return;
        }
        _grader ??= new SubmissionGrader(module);
        var report = await _grader.GradeAsync(submissionFolder, Path.GetFileName(submissionFolder.TrimEnd(Path.DirectorySeparatorChar)), ct);
        // Numbered files of an earlier run would otherwise linger beside the new ones.
        if (Directory.Exists(plotsFolder))
            foreach (var old in Directory.EnumerateFiles(plotsFolder, "??-*.svg")) File.Delete(old);
        var written = FigureFiles.Write(report, plotsFolder);
        var where = Path.GetRelativePath(Directory.GetCurrentDirectory(), plotsFolder);
        Console.WriteLine(written.Count == 0
            ? "Plots: none — no test recorded a figure for this submission (does it compile?)."
            : $"Plots: {written.Count} from your results in {where}{Path.DirectorySeparatorChar} ({string.Join(", ", written.Select(Path.GetFileName))}); open them in a browser.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_grader is not null) await _grader.DisposeAsync();
    }
}
