namespace Grader.Workers;

/// <summary>How long one phase of a request (compiling, or one test) may go on. The limit is CPU
/// time used by the worker, so a busy or slow machine does not turn a correct solution's work into
/// a timeout; the wall clock only stops a worker that waits without computing (it is "stalled":
/// past its limit's length in time with no CPU progress for <see cref="StallAfter"/>) and, far
/// later, anything else (<see cref="WallFactor"/> × the limit).</summary>
internal sealed class WorkBudget(Func<TimeSpan> cpuUsed)
{
    public static readonly TimeSpan StallAfter = TimeSpan.FromSeconds(3);

    /// <summary>Load 20 on 2 cores gives a process about a tenth of a core; twice that margin.</summary>
    public const double WallFactor = 20;

    private TimeSpan _cpuStart;
    private TimeSpan _lastCpu;
    private DateTime _wallStart;
    private DateTime _lastProgress;

    public TimeSpan Limit { get; private set; }

    public void Start(TimeSpan cpuLimit)
    {
        Limit = cpuLimit;
        _cpuStart = _lastCpu = cpuUsed();
        (CpuSpent, WallSpent) = (TimeSpan.Zero, TimeSpan.Zero);
        _wallStart = _lastProgress = DateTime.UtcNow;
    }

    /// <summary>CPU and wall time the phase had used when last checked (the worker may be gone since).</summary>
    public TimeSpan CpuSpent { get; private set; }

    public TimeSpan WallSpent { get; private set; }

    /// <summary>Null while the phase is within its budget; otherwise how it overran.</summary>
    public Overrun? Check()
    {
        var now = DateTime.UtcNow;
        var cpu = cpuUsed();
        (CpuSpent, WallSpent) = (cpu - _cpuStart, now - _wallStart);
        if (cpu - _lastCpu > TimeSpan.FromMilliseconds(20)) { _lastCpu = cpu; _lastProgress = now; }
        if (cpu - _cpuStart > Limit) return Overrun.Cpu;
        if (now - _wallStart > Limit && now - _lastProgress > StallAfter) return Overrun.Stalled;
        if (now - _wallStart > Limit * WallFactor) return Overrun.Wall;
        return null;
    }
}

internal enum Overrun { Cpu, Stalled, Wall }
