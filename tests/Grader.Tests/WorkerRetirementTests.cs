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

    private static string CompileBomb => Path.Combine(Repo.GoldenRoot, Module, "hostile-compile-bomb", "submission");

    /// <summary>A compile timeout in a worker that graded someone else may be that worker's state:
    /// it counts only once a fresh worker has reproduced it, and the report says it was retried.</summary>
    [Test]
    public async Task A_failure_before_the_first_test_in_a_warm_worker_is_retried_once_on_a_fresh_worker()
    {
        await using var grader = NewGrader(compileSeconds: 3);
        await grader.GradeAsync(Reference, "reference");
        var bomb = await grader.GradeAsync(CompileBomb, "bomb");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bomb.Status, Is.EqualTo(Grader.Reports.ReportStatus.Timeout));
            Assert.That(bomb.Run.WorkerRestarts, Is.EqualTo(1), "one retry, recorded in the report");
            Assert.That(grader.WorkersStarted, Is.EqualTo(2), "the warm worker, then the fresh one for the retry");
        }
        var next = await grader.GradeAsync(Reference, "reference");
        Assert.That(next.Score, Is.EqualTo(next.MaxScore));
    }

    [Test]
    public async Task The_same_failure_in_a_fresh_worker_counts_at_once()
    {
        await using var grader = NewGrader(compileSeconds: 3);
        var bomb = await grader.GradeAsync(CompileBomb, "bomb");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bomb.Status, Is.EqualTo(Grader.Reports.ReportStatus.Timeout));
            Assert.That(bomb.Run.WorkerRestarts, Is.Zero);
            Assert.That(grader.WorkersStarted, Is.EqualTo(1));
        }
    }

    private static SubmissionGrader NewGrader(double? compileSeconds = null)
    {
        var (module, error) = Repo.Catalog.Find(Module);
        if (module is null) throw new InvalidOperationException(error);
        return new SubmissionGrader(compileSeconds is { } s ? module with { Limits = module.Limits with { CompileSeconds = s } } : module);
    }
}
