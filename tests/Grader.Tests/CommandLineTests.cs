using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The command line's one error boundary: what stops a command is one line naming the
/// problem and an exit code, never a stack trace.</summary>
[TestFixture]
public sealed class CommandLineTests
{
    private static string Reference => Path.Combine(Repo.Root, "reference", "01-what-is-calculus");

    /// <summary>On GitHub Actions, student text in the feedback would run as workflow commands
    /// (annotations, masks, the step output the Classroom reporter reads the points from).</summary>
    [Test]
    public void On_GitHub_Actions_the_output_runs_no_workflow_command()
    {
        var submission = Path.Combine(Repo.GoldenRoot, "01-what-is-calculus", "hostile-workflow-commands", "submission");
        var output = Path.Combine(Path.GetTempPath(), $"grader-wf-{Guid.NewGuid():N}.json");
        try
        {
            var r = Processes.Grader(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" },
                "grade", "01", "--submission", submission, "--format", "classroom", "--output", output);
            var lines = r.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
            var stop = System.Text.RegularExpressions.Regex.Match(lines[0], "^::stop-commands::([0-9A-F]{32})$");
            using (Assert.EnterMultipleScope())
            {
                Assert.That(stop.Success, Is.True, "the first line stops workflow commands: " + lines[0]);
                Assert.That(lines[^1], Is.EqualTo($"::{stop.Groups[1].Value}::"), "the last line resumes them, with the same token");
                Assert.That(r.Stdout, Does.Contain("::set-output name=result::"), "the student's text is still shown, inert");
                Assert.That(r.Stderr, Does.Not.Contain("::"), "nothing of the student's reaches stderr");
                Assert.That(File.Exists(output), Is.True);
            }
            var plain = Processes.Grader("grade", "01", "--submission", submission, "--format", "classroom", "--output", output);
            Assert.That(plain.Stdout, Does.Not.Contain("::stop-commands::"), "off GitHub Actions nothing is added");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [TestCase("ten")]
    [TestCase("-5")]
    [TestCase("0")]
    public void A_bad_limit_override_is_refused_naming_the_key(string value)
    {
        var r = Processes.Grader(new Dictionary<string, string> { ["GRADER_LIMITS__TESTTIMEOUTSECONDS"] = value }, "grade", "01", "--submission", Reference);
        Assert.That(r.Exit, Is.EqualTo(2), r.Output);
        Assert.That(r.Stderr, Does.StartWith("error: Limits:TestTimeoutSeconds must be a positive number, not '" + value + "'").And.Contain("GRADER_LIMITS__TESTTIMEOUTSECONDS"));
        Assert.That(r.Stderr, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void An_unknown_limit_is_refused()
    {
        var r = Processes.Grader(new Dictionary<string, string> { ["GRADER_LIMITS__TESTTIMEOUT"] = "10" }, "grade", "01", "--submission", Reference);
        Assert.That(r.Exit, Is.EqualTo(2), r.Output);
        Assert.That(r.Stderr, Does.Contain("Limits:TESTTIMEOUT is not a limit; the limits are Limits:TestTimeoutSeconds"));
    }

    [Test]
    public void A_good_limit_override_is_recorded_in_the_report()
    {
        var r = Processes.Grader(new Dictionary<string, string> { ["GRADER_LIMITS__TESTTIMEOUTSECONDS"] = "7.5" }, "grade", "01", "--submission", Reference, "--format", "json", "--quiet");
        Assert.That(r.Exit, Is.Zero, r.Output);
        Assert.That(r.Stdout, Does.Contain("\"test_timeout_seconds\": 7.5"));
    }

    [Test]
    public void An_unknown_module_is_one_line_and_exit_2()
    {
        var r = Processes.Grader("grade", "99-nope", "--submission", Reference);
        Assert.That(r.Exit, Is.EqualTo(2), r.Output);
        Assert.That(r.Stderr.Trim(), Does.StartWith("error: Unknown module '99-nope'").And.Not.Contain("\n"));
    }

    [Test]
    public void An_unwritable_output_is_one_line_and_exit_2_and_leaves_nothing_half_written()
    {
        var dir = Directory.CreateTempSubdirectory("grader-out-").FullName;
        try
        {
            // A folder where the report file should go: writing it must fail cleanly.
            var target = Directory.CreateDirectory(Path.Combine(dir, "report.json")).FullName;
            var r = Processes.Grader("grade", "01", "--submission", Reference, "--output", target, "--quiet");
            Assert.That(r.Exit, Is.EqualTo(2), r.Output);
            Assert.That(r.Stderr, Does.StartWith($"error: --output {target} is a folder: give the path of the file to write."));
            Assert.That(r.Stderr, Does.Not.Contain("   at "));
            Assert.That(Directory.GetFiles(dir, "*", SearchOption.AllDirectories), Is.Empty, "no temporary file left behind");
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
