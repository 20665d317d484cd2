namespace Grader.Batch;

/// <summary>Runs independent pieces of output work on up to <c>width</c> threads at once; Add
/// waits while that many are running, and disposing waits for all and rethrows the first failure,
/// so nothing is left half-written behind the caller's back.</summary>
internal sealed class PageWriters(int width) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, width));
    private readonly List<Task> _running = [];

    public void Add(Action write)
    {
        _slots.Wait();
        _running.RemoveAll(t => t.IsCompletedSuccessfully);
        _running.Add(Task.Run(() =>
        {
            try { write(); }
            finally { _slots.Release(); }
        }));
    }

    public void Dispose()
    {
        try { Task.WaitAll([.. _running]); }
        catch (AggregateException e) { System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); }
        finally { _slots.Dispose(); }
    }
}
