using System.Diagnostics;
using System.Globalization;
using Grader.Batch;
using Grader.Reports;
using Spectre.Console;

namespace Grader.Cli;

/// <summary>Live progress on stderr: a Spectre.Console progress bar (done/total, rate, time left)
/// on a terminal; plain lines (at most every 2 s, and the last) when stderr
/// goes to a file or a CI log.</summary>
internal sealed class ConsoleBatchProgress : IBatchProgress
{
    private readonly Stopwatch _clock = new();
    private readonly IAnsiConsole _console = Terminal.Error();
    private readonly Lock _gate = new();
    private ProgressTask? _bar;
    private int _total;
    private int _done;
    private int _gradedNow;
    private TimeSpan? _lastPrint;

    /// <summary>Runs the batch inside the live display when there is one (it owns the terminal's
    /// last line until the work ends), or plainly.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        if (!_console.IsStyled()) return work();
        return _console.Progress().AutoClear(false).HideCompleted(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                _bar = ctx.AddTask("grading", autoStart: true, maxValue: 1);
                return await work();
            });
    }

    public void Started(int total, int alreadyDone)
    {
        _total = total;
        _done = alreadyDone;
        _clock.Start();
        if (_bar is { } bar)
        {
            bar.MaxValue = Math.Max(total, 1);
            bar.Value = total == 0 ? 1 : alreadyDone;
        }
        if (alreadyDone > 0) _console.WriteLine($"resuming: {alreadyDone} of {total} already graded");
        if (total == alreadyDone) _console.WriteLine("nothing left to grade");
    }

    public void Regrading(int stale, int forced, string history) =>
        _console.WriteLine($"regrading: {stale} stale (graded with another fingerprint){(forced > 0 ? $", {forced} forced by --regrade" : "")}; previous reports kept in {history}");

    public void Graded(string id, GradeReport report)
    {
        lock (_gate)
        {
            _done++;
            _gradedNow++;
            var elapsed = _clock.Elapsed;
            var rate = _gradedNow / Math.Max(elapsed.TotalSeconds, 1e-3);
            if (_bar is { } bar)
            {
                bar.Value = _done;
                // Short, so the bar keeps its room on an 80-column terminal.
                bar.Description = string.Create(CultureInfo.InvariantCulture, $"graded {_done}/{_total}  {rate:0.0}/s");
                return;
            }
            var last = _done == _total;
            if (!last && _lastPrint is { } previous && elapsed - previous < TimeSpan.FromSeconds(2)) return;
            _lastPrint = elapsed;
            var eta = TimeSpan.FromSeconds(Math.Min((_total - _done) / rate, 359_999));
            _console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"graded {_done}/{_total}  {rate:0.0}/s  ETA {(int)eta.TotalMinutes}:{eta.Seconds:00}  last: {id} {report.Score:0.##}/{report.MaxScore:0.##}"));
        }
    }
}
