using System.Collections.Concurrent;
using System.Diagnostics;

namespace Grader.Tests;

/// <summary>A running process's output, line by line as it comes, for tests that must act when
/// something appears (delete a file once watch is watching, press Ctrl+C once the quiz asks).</summary>
internal sealed class OutputLines
{
    private readonly BlockingCollection<string> _lines = new();
    private readonly List<string> _seen = [];

    public OutputLines(Process p)
    {
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Add(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Add("stderr: " + e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
    }

    /// <summary>Everything read so far.</summary>
    public string Seen => string.Join("\n", _seen);

    /// <summary>Reads until a line contains <paramref name="text"/>; false after two minutes
    /// without it (a deadline for a hung process, not a measure of speed).</summary>
    public bool WaitFor(string text)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (!_lines.TryTake(out var line, TimeSpan.FromSeconds(1))) continue;
            _seen.Add(line);
            if (line.Contains(text, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
