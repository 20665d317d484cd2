using Grader.Exporters;
using Grader.Protocol;
using Grader.Reports;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The kit as a student or an instructor who worked in assignments/&lt;slug&gt;/ leaves it:
/// a file deleted, a starter solved in place. Nothing crashes, nothing solved is shipped, and no
/// submission is graded with someone else's work standing in for a missing file.</summary>
[TestFixture]
[NonParallelizable]
public sealed class CommandLineKitTests
{
    private const string Module = "01-what-is-calculus";
    private ScratchCourse _course = null!;

    [SetUp]
    public void Make() => _course = new ScratchCourse();

    [TearDown]
    public void Clean() => _course.Dispose();

    private string Assignment => _course.Assignment(Module);

    private static Processes.Result Grader(string course, string? workDir, params string[] args) => Processes.GraderIn(course, workDir, args);

    /// <summary>As if the instructor had solved Logistic.cs where the students' starter lives.</summary>
    private void SolveInPlace() =>
        File.Copy(Path.Combine(Repo.Root, "reference", Module, "Logistic.cs"), Path.Combine(Assignment, "Logistic.cs"), overwrite: true);

    [TestCase("export")]
    [TestCase("gradescope")]
    public void Shipping_a_starter_that_was_worked_on_is_refused(string command)
    {
        SolveInPlace();
        var target = Path.Combine(_course.Root, "shipped" + (command == "gradescope" ? ".zip" : ""));
        var r = Grader(_course.Root, null, command, Module, "--out", target);

        Assert.That(r.Exit, Is.EqualTo(2), r.Output);
        Assert.That(r.Stderr.Trim(), Is.EqualTo(
            $"error: {command} ships assignments/{Module}/ as the students' starter, but it is not the starter as committed: assignments/{Module}/Logistic.cs is not the starter as committed (it was edited). " +
            $"Restore it (`git checkout -- assignments/{Module}`; work on an assignment in a copy of its folder or in a Classroom repository), then run {command} again."));
        Assert.That(Path.Exists(target), Is.False, "nothing shipped");
    }

    [Test]
    public void A_missing_file_is_not_graded_with_a_starter_that_was_worked_on()
    {
        // A submission with only Derivatives.cs: the other files fall back to the starter...
        var submission = Directory.CreateDirectory(Path.Combine(_course.Root, "only-derivatives")).FullName;
        File.Copy(Path.Combine(Repo.Root, "reference", Module, "Derivatives.cs"), Path.Combine(submission, "Derivatives.cs"));
        var pristine = JsonExporter.Read(Grader(_course.Root, null, "grade", Module, "--submission", submission, "--format", "json", "--quiet").Stdout);
        Assert.That(pristine.Status, Is.EqualTo(ReportStatus.Graded));
        Assert.That(pristine.Notes, Has.Some.StartsWith("Logistic.cs was not in the submission: it was graded with the starter version"));

        // ...but not to a solved copy in its place, which would give away Logistic.cs's points.
        SolveInPlace();
        var r = Grader(_course.Root, null, "grade", Module, "--submission", submission, "--format", "json", "--quiet");
        Assert.That(r.Exit, Is.Zero, r.Output);
        var report = JsonExporter.Read(r.Stdout);
        Assert.That(report.Status, Is.EqualTo(ReportStatus.LoadError));
        Assert.That(report.FeedbackId, Is.EqualTo(FeedbackIds.Load.NoStarter));
        Assert.That(report.Score, Is.Zero);
        Assert.That(report.Message, Does.StartWith($"Logistic.cs is not in the submission, and the starter version that would stand in for it cannot: assignments/{Module}/Logistic.cs is not the starter as committed (it was edited)."));
    }

    [Test]
    public void Check_and_grade_in_the_module_folder_after_deleting_a_file_say_what_to_do()
    {
        File.Delete(Path.Combine(Assignment, "Logistic.cs"));
        var expected = $"Logistic.cs is not in the submission, and the starter version that would stand in for it cannot: assignments/{Module}/Logistic.cs does not exist. " +
                       $"Put Logistic.cs back in the submission (in the course repository `git checkout -- assignments/{Module}/Logistic.cs` restores the starter) and run again.";

        var check = Grader(_course.Root, Assignment, "check");
        Assert.That(check.Exit, Is.EqualTo(3), check.Output);
        Assert.That(check.Stdout, Does.Contain("✘ " + expected));
        Assert.That(check.Output, Does.Not.Contain("   at ").And.Not.Contain("Exception"));

        var grade = Grader(_course.Root, Assignment, "grade", Module, "--submission", ".", "--quiet");
        Assert.That(grade.Exit, Is.Zero, grade.Output);
        Assert.That(grade.Stderr, Does.StartWith("warning: " + expected));
        Assert.That(grade.Output, Does.Not.Contain("   at "));
    }

    [Test]
    public void Watch_checks_again_when_a_file_is_deleted()
    {
        using var p = Processes.StartGrader(_course.Root, Assignment, stdin: false, "watch");
        var output = new OutputLines(p);
        try
        {
            Assert.That(output.WaitFor("public tests pass."), Is.True, "the first check: " + output.Seen);
            File.Delete(Path.Combine(Assignment, "Logistic.cs"));
            Assert.That(output.WaitFor("changed: Logistic.cs"), Is.True, "watch saw the deletion: " + output.Seen);
            Assert.That(output.WaitFor("✘ Logistic.cs is not in the submission"), Is.True, output.Seen);
            Assert.That(p.HasExited, Is.False, "watch goes on after the deletion");
        }
        finally
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        Assert.That(output.Seen, Does.Not.Contain("   at "));
    }
}
