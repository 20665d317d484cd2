using NUnit.Framework;

namespace Grader.Tests;

/// <summary>A worker never outlives the grader that started it, even when it is busy in a test
/// that never ends and no sandbox kills it with its parent.</summary>
[TestFixture]
public sealed class WorkerLifetimeTests
{
    [Test]
    public void A_worker_stuck_in_an_endless_test_exits_when_the_grader_is_killed()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("reads /proc");
        // Every public test calls ForwardDifference first: make it spin.
        var submission = Directory.CreateTempSubdirectory("grader-endless-").FullName;
        foreach (var f in Directory.GetFiles(Path.Combine(Repo.Root, "reference", "01-what-is-calculus"), "*.cs"))
            File.Copy(f, Path.Combine(submission, Path.GetFileName(f)));
        var derivatives = Path.Combine(submission, "Derivatives.cs");
        File.WriteAllText(derivatives, File.ReadAllText(derivatives).Replace("return (f(x + h) - f(x)) / h;", "while (h == h) { x += 0; } return 0;", StringComparison.Ordinal));
        // `check` runs the public tests. In a course without the reference (as in a student's
        // repository) their limit is the uncalibrated one, set high here: the worker stays in the
        // endless test for the whole of this test.
        using var course = new ScratchCourse();
        Directory.Delete(Path.Combine(course.Root, "reference"));
        using var grader = Processes.Start("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "grader.dll"), "check", "01", "--submission", submission, "--course", course.Root],
            env: new Dictionary<string, string> { ["GRADER_SANDBOX"] = "none", ["GRADER_LIMITS__TESTTIMEOUTSECONDS"] = "120" });
        int? worker = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (worker is null && clock.Elapsed < TimeSpan.FromSeconds(60) && !grader.HasExited)
        {
            worker = ChildrenOf(grader.Id).Where(pid => CommandLine(pid).Contains("Grader.Worker.dll", StringComparison.Ordinal)).Select(pid => (int?)pid).FirstOrDefault();
            Thread.Sleep(100);
        }
        try
        {
            Assert.That(worker, Is.Not.Null, "the grader started a worker");
            // Let it get into the endless test, then kill the grader as kill -9 would.
            Thread.Sleep(TimeSpan.FromSeconds(3));
            Assert.That(IsAlive(worker!.Value), Is.True, $"the worker ({worker}: {CommandLine(worker.Value)}) is busy in the endless test; the grader said: " +
                (grader.HasExited ? grader.StandardOutput.ReadToEnd() + grader.StandardError.ReadToEnd() : "(still running)"));
        }
        finally
        {
            grader.Kill(entireProcessTree: false);
            grader.WaitForExit();
            Directory.Delete(submission, recursive: true);
        }

        clock.Restart();
        while (IsAlive(worker!.Value) && clock.Elapsed < TimeSpan.FromSeconds(20)) Thread.Sleep(100);
        Assert.That(IsAlive(worker.Value), Is.False, $"the orphaned worker still runs {clock.Elapsed.TotalSeconds:0} s after its grader was killed");
    }

    private static IEnumerable<int> ChildrenOf(int parent) =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Select(n => int.TryParse(n, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && Stat(pid) is { } stat && stat.ppid == parent);

    /// <summary>A zombie (exited, not yet reaped by whoever adopted it) counts as gone.</summary>
    private static bool IsAlive(int pid) => Stat(pid) is { } stat && stat.state != 'Z' && stat.state != 'X';

    private static (char state, int ppid)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static string CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' '); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }
}
