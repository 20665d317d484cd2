namespace Grader.Worker;

/// <summary>Decides after each request whether this worker should be replaced. Load contexts are
/// never unloaded (see <see cref="SubmissionLoadContext"/>), so anything a submission left
/// reachable, such as a large static array, would otherwise shrink the memory every later
/// submission in this worker gets.</summary>
internal static class Retirement
{
    /// <summary>A fresh worker holds about 25 MB of managed heap after grading; a quarter of the
    /// heap limit is far above that and far below what a submission may need.</summary>
    private const int HeapShare = 4;

    /// <summary>Native memory (JIT code, type data of the contexts left behind) grows by about
    /// 0.2 MB per submission; this bounds it even if the supervisor's request count does not.</summary>
    private const long WorkingSetBytes = 768L * 1024 * 1024;

    public static bool Due()
    {
        var budget = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / HeapShare;
        // A full collection only when the cheap reading is over budget: usually it is garbage.
        if (GC.GetTotalMemory(forceFullCollection: false) > budget && GC.GetTotalMemory(forceFullCollection: true) > budget)
            return true;
        return Environment.WorkingSet > WorkingSetBytes;
    }
}
