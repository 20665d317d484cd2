using Grader.Loading;
using Grader.Pipeline;
using Grader.Protocol;
using Grader.Workers;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>After a test is stopped or crashes its worker, a fresh worker continues the same
/// submission from the assembly the first one compiled: a restart then costs a process start, not
/// a cold compile. These talk to workers directly, as the session does.</summary>
[TestFixture]
public sealed class CompiledImageTests
{
    private const string Module = "01-what-is-calculus";

    [Test]
    public async Task A_worker_handed_an_image_runs_the_tests_against_it_without_compiling()
    {
        var (module, error) = Repo.Catalog.Find(Module);
        Assert.That(module, Is.Not.Null, error);
        var limits = WorkerLimits.For(module!);
        var reference = WorkerRequests.Grade(module!, SubmissionLoader.Load(module!, Path.Combine(Repo.Root, "reference", Module)));
        var starter = WorkerRequests.Grade(module!, SubmissionLoader.Load(module!, module!.AssignmentDirectory));

        var first = await ExchangeAsync(limits, reference);
        var image = first.Single(e => e.Type == EventType.Image).Image;
        Assert.That(image, Is.Not.Null);
        // The starter's sources fail every test if compiled: passing ones prove the image ran.
        var second = await ExchangeAsync(limits, starter with { Compiled = image });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Select(e => e.Type), Has.None.AnyOf(EventType.Compiled, EventType.Policy, EventType.Image), "nothing compiled or checked again");
            Assert.That(Outcomes(second), Is.EqualTo(Outcomes(first)));
            Assert.That(Outcomes(second).Values, Is.All.EqualTo(TestStatus.Passed));
        }
        var compiled = await ExchangeAsync(limits, starter);
        Assert.That(Outcomes(compiled).Values, Has.Some.Not.EqualTo(TestStatus.Passed), "the starter itself fails tests");
    }

    [Test]
    public async Task A_check_sends_no_image()
    {
        var (module, _) = Repo.Catalog.Find(Module);
        var publicTests = Directory.GetFiles(Path.Combine(Repo.Root, "assignments", Module, "PublicTests"), "*.cs")
            .Select(f => new SourceFile(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        var request = WorkerRequests.Check(module!, SubmissionLoader.Load(module!, Path.Combine(Repo.Root, "reference", Module)), publicTests);
        var events = await ExchangeAsync(WorkerLimits.For(module!), request);
        using (Assert.EnterMultipleScope())
        {
            // The check got as far as running its tests, where a grade request would have sent the image.
            Assert.That(Outcomes(events), Is.Not.Empty.And.All.Matches<KeyValuePair<string, TestStatus>>(o => o.Value == TestStatus.Passed));
            Assert.That(events.Select(e => e.Type), Has.None.EqualTo(EventType.Image));
        }
    }

    private static Dictionary<string, TestStatus> Outcomes(IEnumerable<WorkerEvent> events) =>
        events.Where(e => e.Type == EventType.TestFinished).ToDictionary(e => e.Test!.FullName, e => e.Outcome!.Status);

    private static async Task<List<WorkerEvent>> ExchangeAsync(WorkerLimits limits, WorkerRequest request)
    {
        await using var worker = WorkerProcess.Start(limits);
        var nonce = WorkerProcess.NewNonce();
        await worker.SendAsync(request with { Nonce = nonce });
        var events = new List<WorkerEvent>();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (await worker.NextEventAsync(nonce, deadline, CancellationToken.None) is { } e && e.Type != EventType.Done) events.Add(e);
        return events;
    }
}
