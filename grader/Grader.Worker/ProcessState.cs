using System.Globalization;
using System.Text;

namespace Grader.Worker;

/// <summary>The process-wide state a submission could leave behind for the next one graded by this
/// worker: work still running on the thread pool, timers, culture and encoding defaults, the current
/// directory. Taken before and after each request; a worker whose state changed is retired, so
/// the next submission (and the compiler that reads it) never runs under what the last one set.</summary>
internal sealed record ProcessState(
    int PoolThreadsBusy,
    long PoolItemsPending,
    long Timers,
    string? DefaultCulture,
    string? DefaultUiCulture,
    string Culture,
    string UiCulture,
    bool ExtraEncodings,
    string Directory)
{
    /// <summary>What changed since <paramref name="before"/>, allowing the pool a moment to finish
    /// what was queued before the request ended (NUnit's own items return their thread late).</summary>
    public static IReadOnlyList<string> ChangedSince(ProcessState before)
    {
        var changes = Now().ChangesSince(before);
        for (var i = 0; i < 20 && changes.Count > 0; i++)
        {
            Thread.Sleep(5);
            changes = Now().ChangesSince(before);
        }
        return changes;
    }

    public static ProcessState Now() => new(
        BusyPoolThreads(),
        ThreadPool.PendingWorkItemCount,
        Timer.ActiveCount,
        CultureInfo.DefaultThreadCurrentCulture?.Name,
        CultureInfo.DefaultThreadCurrentUICulture?.Name,
        CultureInfo.CurrentCulture.Name,
        CultureInfo.CurrentUICulture.Name,
        HasExtraEncodings(),
        Environment.CurrentDirectory);

    /// <summary>What differs from <paramref name="before"/>, in words for the trace; empty when quiet.</summary>
    public IReadOnlyList<string> ChangesSince(ProcessState before)
    {
        var changes = new List<string>();
        // NUnit queues a few items of its own per fixture, all finished when the run returns: what
        // is still queued or running at the end was started by the submission.
        if (PoolThreadsBusy > before.PoolThreadsBusy || PoolItemsPending > before.PoolItemsPending) changes.Add("thread-pool work still running");
        if (Timers != before.Timers) changes.Add("timers");
        if (DefaultCulture != before.DefaultCulture || DefaultUiCulture != before.DefaultUiCulture) changes.Add("default culture");
        if (Culture != before.Culture || UiCulture != before.UiCulture) changes.Add("culture");
        if (ExtraEncodings != before.ExtraEncodings) changes.Add("encoding provider");
        if (Directory != before.Directory) changes.Add("current directory");
        return changes;
    }

    private static int BusyPoolThreads()
    {
        ThreadPool.GetMaxThreads(out var max, out _);
        ThreadPool.GetAvailableThreads(out var available, out _);
        return max - available;
    }

    /// <summary>Code pages beyond the built-in ones exist only once someone registered a provider.</summary>
    private static bool HasExtraEncodings()
    {
        try
        {
            Encoding.GetEncoding(1252);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
