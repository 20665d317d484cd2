using System.Diagnostics;
using System.Globalization;

namespace Grader.Workers;

/// <summary>CPU time used by a process and everything under it. Inside bubblewrap the worker is a
/// grandchild of the process the grader starts, so on Linux the tree is read from /proc; elsewhere
/// (no sandbox: the started process is the worker) the runtime's own figure is used.</summary>
internal sealed class ProcessCpu(Process root)
{
    /// <summary>USER_HZ: the unit of /proc/&lt;pid&gt;/stat's times on every Linux the kit runs on.</summary>
    private const double TicksPerSecond = 100;

    private int[] _tree = [];
    private bool _hasWorker;
    private DateTime _lookedAt;

    /// <summary>How often the tree is looked at until the worker is in it.</summary>
    private static readonly TimeSpan LookEvery = TimeSpan.FromMilliseconds(100);

    public TimeSpan Used()
    {
        if (!OperatingSystem.IsLinux()) return Runtime();
        // The sandbox forks twice (bwrap, its pid-1 child, then the worker); look until the worker
        // itself (the runtime host, "dotnet") is in the tree, then only read the known processes
        // (the worker starts none: the policy forbids it). Stopping at the first child would count
        // two idle bwrap processes on a loaded machine where the second fork comes late, and every
        // limit would then read as "waited without computing".
        // Unsandboxed, the started process is the worker itself.
        if (!_hasWorker && DateTime.UtcNow - _lookedAt > LookEvery)
        {
            _tree = Tree(root.Id);
            // Three processes are the whole sandbox, whatever the host is called.
            _hasWorker = _tree.Length >= 3 || _tree.Any(pid => Stat(pid)?.comm == "dotnet");
            _lookedAt = DateTime.UtcNow;
        }
        double ticks = 0;
        foreach (var pid in _tree.Length == 0 ? [root.Id] : _tree) ticks += Stat(pid)?.ticks ?? 0;
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private TimeSpan Runtime()
    {
        try { return root.TotalProcessorTime; }
        catch (InvalidOperationException) { return TimeSpan.Zero; }
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

    /// <summary>utime + stime, the parent and the command name, from "pid (comm) state ppid … utime stime …".</summary>
    private static (double ticks, int ppid, string comm)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // comm may hold spaces or parentheses: the fields start after the last ')'.
            var close = text.LastIndexOf(')');
            var f = text[(close + 2)..].Split(' ');
            var open = text.IndexOf('(');
            return (double.Parse(f[11], CultureInfo.InvariantCulture) + double.Parse(f[12], CultureInfo.InvariantCulture),
                int.Parse(f[1], CultureInfo.InvariantCulture), text[(open + 1)..close]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
