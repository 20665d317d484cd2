using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grader.Workers;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The sandbox the workers run in really cuts the network and the file system, and the
/// report says which isolation was in force. Runs a shell inside the same wrapper the worker uses,
/// so the checks do not depend on getting past the API policy first.</summary>
[TestFixture]
public sealed class IsolationTests
{
    private static (int exit, string output) RunSandboxed(string script, IEnumerable<string> readOnly)
    {
        var env = new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin", ["HOME"] = "/tmp" };
        var (file, args) = Sandbox.Command("/bin/bash", ["-c", script], readOnly, env);
        var r = Processes.Run(file, args, env: new Dictionary<string, string> { ["GRADER_TEST_SECRET"] = "leaked" });
        return (r.Exit, r.Output);
    }

    [SetUp]
    public void RequireSandbox()
    {
        if (!Sandbox.Available)
            Assert.Ignore("bubblewrap is not available on this machine (install the 'bubblewrap' package); the worker runs unsandboxed here and reports isolation 'none'.");
    }

    [Test]
    public void Files_outside_the_sandbox_cannot_be_written_and_readable_folders_are_read_only()
    {
        var dir = Directory.CreateTempSubdirectory("grader-iso-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "data.txt"), "visible");
            var (_, output) = RunSandboxed(
                $"cat {dir}/data.txt; echo; echo x > {dir}/new.txt && echo WROTE-RO; echo x > /work-escape.txt && echo WROTE-ROOT; echo x > /tmp/ok.txt && echo WROTE-TMP",
                [dir]);
            Assert.That(output, Does.Contain("visible").And.Contain("WROTE-TMP").And.Not.Contain("WROTE-RO").And.Not.Contain("WROTE-ROOT"));
            Assert.That(File.Exists(Path.Combine(dir, "new.txt")), Is.False);
            Assert.That(File.Exists("/work-escape.txt"), Is.False);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Test]
    public void The_network_is_unreachable_even_on_loopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var (_, output) = RunSandboxed($"(exec 3<>/dev/tcp/127.0.0.1/{port}) 2>/dev/null && echo CONNECTED || echo REFUSED", []);
        Assert.That(output, Does.Contain("REFUSED").And.Not.Contain("CONNECTED"));
        Assert.That(listener.Pending(), Is.False, "nothing reached the host's listener");
    }

    [Test]
    public void The_environment_holds_nothing_of_the_graders()
    {
        var (_, output) = RunSandboxed("echo \"secret=[$GRADER_TEST_SECRET] home=$HOME user=$(id -u)\"", []);
        Assert.That(output, Does.Contain("secret=[]").And.Contain("home=/tmp").And.Contain("user=65534"));
    }

    [Test]
    public async Task A_report_states_the_isolation_in_force()
    {
        var report = await Graders.For("01-what-is-calculus").GradeAsync(Path.Combine(Repo.Root, "reference", "01-what-is-calculus"), "reference");
        Assert.That(report.Run.Isolation, Is.EqualTo(Sandbox.Describe(report.Run.Limits.MemoryMb)));
        Assert.That(report.Run.Isolation!.Sandbox, Is.EqualTo("bubblewrap"));
        Assert.That(report.Run.Isolation.Network, Is.EqualTo("none"));
    }
}
