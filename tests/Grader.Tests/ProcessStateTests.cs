using System.Globalization;
using Grader.Worker;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The worker's check that a submission left nothing behind: each kind of process-wide
/// state it watches, changed here the way a submission would, must be noticed.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ProcessStateTests
{
    [Test]
    public void Nothing_done_is_quiet() =>
        Assert.That(ProcessState.ChangedSince(ProcessState.Now()), Is.Empty);

    [Test]
    public void Finished_pool_work_is_quiet()
    {
        var before = ProcessState.Now();
        Task.Run(() => 1 + 1).Wait();
        Assert.That(ProcessState.ChangedSince(before), Is.Empty);
    }

    [Test]
    public void Work_still_running_on_the_pool_is_noticed()
    {
        var before = ProcessState.Now();
        // More blocked items than the pool has idle threads: some run, the rest wait in its queue.
        using var release = new ManualResetEventSlim();
        var running = Enumerable.Range(0, 2 * Environment.ProcessorCount + 2).Select(_ => Task.Run(() => release.Wait())).ToList();
        try
        {
            Assert.That(ProcessState.ChangedSince(before), Has.Some.Contains("thread-pool"));
        }
        finally
        {
            release.Set();
            Task.WaitAll(running);
        }
    }

    [Test]
    public void A_timer_left_behind_is_noticed()
    {
        var before = ProcessState.Now();
        using var timer = new Timer(_ => { }, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        Assert.That(ProcessState.ChangedSince(before), Has.Some.EqualTo("timers"));
    }

    [Test]
    public void A_changed_default_culture_is_noticed()
    {
        var before = ProcessState.Now();
        var saved = CultureInfo.DefaultThreadCurrentCulture;
        CultureInfo.DefaultThreadCurrentCulture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        try
        {
            Assert.That(ProcessState.ChangedSince(before), Has.Some.EqualTo("default culture"));
        }
        finally
        {
            CultureInfo.DefaultThreadCurrentCulture = saved;
        }
    }

    [Test]
    public void A_changed_current_directory_is_noticed()
    {
        var before = ProcessState.Now();
        var saved = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Path.GetTempPath();
        try
        {
            Assert.That(ProcessState.ChangedSince(before), Has.Some.EqualTo("current directory"));
        }
        finally
        {
            Environment.CurrentDirectory = saved;
        }
    }
}
