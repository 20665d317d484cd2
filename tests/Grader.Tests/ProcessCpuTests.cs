using System.Diagnostics;
using System.Globalization;
using Grader.Workers;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The supervisor's reading of a worker's CPU time: one handle per process kept open and
/// read again from offset 0, which must give the process's current figure each time (a stale
/// reading would let a hung test run on until the wall clock stops it).</summary>
[TestFixture]
[Platform("Linux")]
public sealed class ProcessCpuTests
{
    [Test]
    public void Each_reading_is_at_least_what_proc_said_just_before_it()
    {
        using var busy = Process.Start(new ProcessStartInfo("sh", ["-c", "while :; do :; done"]) { UseShellExecute = false })!;
        try
        {
            using var cpu = new ProcessCpu(busy);
            var first = cpu.Used();
            // Wait (on the machine's time, however loaded) until /proc itself shows real work, then
            // read again through the handle the first reading opened.
            var independent = TimeSpan.Zero;
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (independent < first + TimeSpan.FromMilliseconds(100) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
                independent = Fresh(busy.Id);
            }
            Assert.That(independent, Is.GreaterThanOrEqualTo(first + TimeSpan.FromMilliseconds(100)), "the busy loop never ran");
            Assert.That(cpu.Used(), Is.GreaterThanOrEqualTo(independent));
        }
        finally
        {
            busy.Kill();
            busy.WaitForExit();
        }
    }

    [Test]
    public void A_process_that_has_exited_keeps_its_last_reading()
    {
        using var busy = Process.Start(new ProcessStartInfo("sh", ["-c", "while :; do :; done"]) { UseShellExecute = false })!;
        using var cpu = new ProcessCpu(busy);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var seen = TimeSpan.Zero;
        while (seen < TimeSpan.FromMilliseconds(50) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
            seen = cpu.Used();
        }
        busy.Kill();
        busy.WaitForExit();
        Assert.That(cpu.Used(), Is.GreaterThanOrEqualTo(seen), "a budget's reading must not drop to zero when the worker is gone");
    }

    /// <summary>utime + stime read afresh, the way a person would.</summary>
    private static TimeSpan Fresh(int pid)
    {
        var text = File.ReadAllText($"/proc/{pid}/stat");
        var f = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromSeconds((double.Parse(f[11], CultureInfo.InvariantCulture) + double.Parse(f[12], CultureInfo.InvariantCulture)) / 100);
    }
}
