using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Grader.Workers;

/// <summary>CPU time used by a process and everything under it. Inside bubblewrap the worker is a
/// grandchild of the process the grader starts, so on Linux the tree is read from /proc; elsewhere
/// (no sandbox: the started process is the worker) the runtime's own figure is used.</summary>
internal sealed class ProcessCpu(Process root) : IDisposable
{
    /// <summary>USER_HZ: the unit of /proc/&lt;pid&gt;/stat's times on every Linux the kit runs on.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>How often the tree is looked at until the worker is in it.</summary>
    private static readonly TimeSpan LookEvery = TimeSpan.FromMilliseconds(100);

    // A batch reads the worker's CPU at the start of every test and every 50 ms while one runs:
    // tens of thousands of reads. Opening /proc/<pid>/stat each time (open, flock, fstat, read,
    // close) cost the supervisor 0.8 s of CPU per 200 submissions; a handle kept open and read
    // again from offset 0 is one pread. The handle also stays bound to its process: a reused pid
    // cannot be read by mistake.
    private readonly Dictionary<int, SafeFileHandle?> _handles = [];
    private readonly Dictionary<int, double> _lastTicks = [];
    private readonly byte[] _buffer = new byte[1024];
    private int[] _read = [];
    private double _settledTicks;
    private bool _hasWorker;
    private DateTime _lookedAt;

    public TimeSpan Used()
    {
        if (!OperatingSystem.IsLinux()) return Runtime();
        // The sandbox forks twice (bwrap, its pid-1 child, then the worker); look until the worker
        // itself (the runtime host, "dotnet") is in the tree, then only read the known processes
        // (the worker starts none: the policy forbids it). Stopping at the first child would count
        // two idle bwrap processes on a loaded machine where the second fork comes late, and every
        // limit would then read as "waited without computing".
        // Unsandboxed, the started process is the worker itself.
        if (!_hasWorker && DateTime.UtcNow - _lookedAt > LookEvery) Look();
        double ticks = _settledTicks;
        foreach (var pid in _read.Length == 0 ? [root.Id] : _read) ticks += Ticks(pid);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private void Look()
    {
        var tree = Tree(root.Id);
        _lookedAt = DateTime.UtcNow;
        var host = tree.Where(pid => Stat(pid)?.comm == "dotnet").Cast<int?>().FirstOrDefault();
        // Three processes are the whole sandbox, whatever the host is called.
        _hasWorker = tree.Length >= 3 || host is not null;
        if (!_hasWorker) { _read = tree; return; }
        // Once the worker runs, the sandbox's own processes only wait for it: their CPU so far is
        // counted once and only the worker (the tree's leaf) is read from then on.
        var worker = host ?? tree[^1];
        _settledTicks = tree.Where(pid => pid != worker).Sum(Ticks);
        _read = [worker];
    }

    private TimeSpan Runtime()
    {
        try { return root.TotalProcessorTime; }
        catch (InvalidOperationException) { return TimeSpan.Zero; }
    }

    /// <summary>utime + stime of a process; once it has exited, the last figure read.</summary>
    private double Ticks(int pid)
    {
        if (!_handles.TryGetValue(pid, out var handle))
        {
            try { handle = File.OpenHandle($"/proc/{pid}/stat"); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { handle = null; }
            _handles[pid] = handle;
        }
        if (handle is not null)
        {
            try
            {
                var n = RandomAccess.Read(handle, _buffer, 0);
                if (Parse(Encoding.ASCII.GetString(_buffer, 0, n)) is { } s) _lastTicks[pid] = s.ticks;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return _lastTicks.GetValueOrDefault(pid);
    }

    private static int[] Tree(int rootPid)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { } s)
                parents[pid] = s.ppid;
        var tree = new List<int> { rootPid };
        for (var i = 0; i < tree.Count; i++)
            tree.AddRange(parents.Where(p => p.Value == tree[i]).Select(p => p.Key));
        return [.. tree];
    }

    private static (double ticks, int ppid, string comm)? Stat(int pid)
    {
        try { return Parse(File.ReadAllText($"/proc/{pid}/stat")); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>utime + stime, the parent and the command name, from "pid (comm) state ppid … utime stime …".</summary>
    private static (double ticks, int ppid, string comm)? Parse(string text)
    {
        try
        {
            // comm may hold spaces or parentheses: the fields start after the last ')'.
            var close = text.LastIndexOf(')');
            var f = text[(close + 2)..].Split(' ');
            var open = text.IndexOf('(');
            return (double.Parse(f[11], CultureInfo.InvariantCulture) + double.Parse(f[12], CultureInfo.InvariantCulture),
                int.Parse(f[1], CultureInfo.InvariantCulture), text[(open + 1)..close]);
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var h in _handles.Values) h?.Dispose();
        _handles.Clear();
    }
}
