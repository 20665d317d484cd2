using Grader.Pipeline;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>A worker keeps every submission's load context (unloading costs more than grading), so
/// it must be replaced when a submission leaves memory reachable, and only then.</summary>
[TestFixture]
public sealed class WorkerRetirementTests
{
    private const string Module = "01-what-is-calculus";

    private static string Reference => Path.Combine(Repo.Root, "reference", Module);

    private static string Hoard => Path.Combine(Repo.GoldenRoot, Module, "hostile-static-hoard", "submission");

    [Test]
    public async Task Ordinary_submissions_share_one_worker()
    {
        await using var grader = NewGrader();
        for (var i = 0; i < 3; i++)
        {
            var report = await grader.GradeAsync(Reference, "reference");
            Assert.That(report.Score, Is.EqualTo(report.MaxScore));
        }
        Assert.That(grader.WorkersStarted, Is.EqualTo(1));
    }

    [Test]
    public async Task A_submission_that_keeps_160_MB_reachable_gets_its_worker_replaced()
    {
        await using var grader = NewGrader();
        await grader.GradeAsync(Reference, "reference");
        var hoard = await grader.GradeAsync(Hoard, "hoard");
        Assert.That(grader.WorkersStarted, Is.EqualTo(1), "the hoarding submission itself runs in the warm worker");
        Assert.That(hoard.Tests.Select(t => t.Status), Is.All.EqualTo(Grader.Protocol.TestStatus.Passed), "keeping memory is not wrong in itself");

        var next = await grader.GradeAsync(Reference, "reference");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(grader.WorkersStarted, Is.EqualTo(2), "the submission after it gets a fresh worker");
            Assert.That(next.Score, Is.EqualTo(next.MaxScore));
        }
    }

    private static SubmissionGrader NewGrader()
    {
        var (module, error) = Repo.Catalog.Find(Module);
        return new SubmissionGrader(module ?? throw new InvalidOperationException(error));
    }
}
