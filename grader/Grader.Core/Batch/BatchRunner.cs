using System.Diagnostics;
using System.Threading.Channels;
using Grader.Modules;
using Grader.Pipeline;

namespace Grader.Batch;

/// <summary>Grades many submissions of one module with bounded parallelism: each slot owns a
/// grader (and so a worker process) for the whole batch; each report is stored the moment it is
/// ready; submissions with a stored report are skipped, which makes an interrupted batch resume —
/// unless that report is stale (graded with another fingerprint) or --regrade asks for all.</summary>
public sealed class BatchRunner(CourseModule module, BatchOptions options, ReportStore store, IBatchProgress progress)
{
    public async Task<BatchResult> RunAsync(IReadOnlyList<BatchItem> items, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        store.RemoveUnfinished();
        var inScope = items.Where(i => options.Shard.Contains(i.Id)).ToList();
        var stored = inScope.Where(i => store.Has(i.Id)).ToList();
        var stale = options.Fingerprint is null ? [] : stored.Where(i => store.FingerprintOf(i.Id) != options.Fingerprint).ToList();
        var replaced = options.Regrade ? stored : stale;
        var todo = inScope.Where(i => !store.Has(i.Id)).Concat(replaced).ToList();
        progress.Started(inScope.Count, inScope.Count - todo.Count);
        // Before any is overwritten: what was graded earlier is never lost.
        var history = replaced.Count == 0 ? null : ReportHistory.Keep(store, replaced.Select(i => i.Id));
        if (history is not null) progress.Regrading(stale.Count, replaced.Count - stale.Count, history);

        var queue = Channel.CreateBounded<BatchItem>(Math.Max(1, todo.Count));
        foreach (var item in todo) queue.Writer.TryWrite(item);
        queue.Writer.Complete();

        var graded = 0;
        // The first slot that fails stops the others: the batch ends with that failure, not after
        // every slot has hit it too. Reports already stored stay.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var slots = Enumerable.Range(0, Math.Clamp(options.Parallelism, 1, Math.Max(1, todo.Count))).Select(async _ =>
        {
            try
            {
                await using var grader = new SubmissionGrader(module);
                await foreach (var item in queue.Reader.ReadAllAsync(stop.Token))
                {
                    var report = await grader.GradeAsync(item.Folder, item.Id, stop.Token);
                    store.Write(item.Id, report);
                    Interlocked.Increment(ref graded);
                    progress.Graded(item.Id, report);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await stop.CancelAsync();
                throw;
            }
        }).ToList();
        try
        {
            await Task.WhenAll(slots);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Another slot's failure cancelled this one: surface that failure.
            throw slots.Select(s => s.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException) ?? throw new InvalidOperationException("batch stopped");
        }
        return new BatchResult(inScope.Count, graded, inScope.Count - todo.Count, clock.Elapsed) { Regraded = replaced.Count, History = history };
    }
}
