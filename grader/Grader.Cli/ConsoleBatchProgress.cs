using System.Diagnostics;
using System.Globalization;
using Grader.Batch;
using Grader.Reports;

namespace Grader.Cli;

/// <summary>Live progress on stderr: one line rewritten in place on a terminal; plain lines (at most
/// every 2 s, and the last) when output goes to a file or a CI log.</summary>
internal sealed class ConsoleBatchProgress : IBatchProgress
{
    private readonly Stopwatch _clock = new();
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private readonly Lock _gate = new();
    private int _total;
    private int _done;
    private int _gradedNow;
    private TimeSpan? _lastPrint;

    public void Started(int total, int alreadyDone)
    {
        _total = total;
        _done = alreadyDone;
        _clock.Start();
        if (alreadyDone > 0) Console.Error.WriteLine($"resuming: {alreadyDone} of {total} already graded");
        if (total == alreadyDone) Console.Error.WriteLine("nothing left to grade");
    }

    public void Regrading(int stale, int forced, string history) =>
        Console.Error.WriteLine($"regrading: {stale} stale (graded with another fingerprint){(forced > 0 ? $", {forced} forced by --regrade" : "")}; previous reports kept in {history}");

    public void Graded(string id, GradeReport report)
    {
        lock (_gate)
        {
            _done++;
            _gradedNow++;
            var elapsed = _clock.Elapsed;
            var last = _done == _total;
            if (!_interactive && !last && _lastPrint is { } previous && elapsed - previous < TimeSpan.FromSeconds(2)) return;
            _lastPrint = elapsed;
            var rate = _gradedNow / Math.Max(elapsed.TotalSeconds, 1e-3);
            var eta = TimeSpan.FromSeconds(Math.Min((_total - _done) / rate, 359_999));
            var line = string.Create(CultureInfo.InvariantCulture,
                $"graded {_done}/{_total}  {rate:0.0}/s  ETA {(int)eta.TotalMinutes}:{eta.Seconds:00}  last: {id} {report.Score:0.##}/{report.MaxScore:0.##}");
            if (_interactive) Console.Error.Write("\r" + Fit(line, Console.WindowWidth > 0 ? Console.WindowWidth - 1 : 100) + (last ? "\n" : ""));
            else Console.Error.WriteLine(line);
        }
    }

    /// <summary>The line cut or padded to exactly the terminal's width (at most 119), so rewriting
    /// it in place leaves nothing of a longer previous line and never wraps.</summary>
    internal static string Fit(string line, int width)
    {
        var w = Math.Clamp(width, 1, 119);
        return line.Length > w ? line[..w] : line.PadRight(w);
    }
}
