using System.Runtime.InteropServices;

namespace Grader.Worker;

/// <summary>Ends the worker when the grader that started it is gone. Bubblewrap's --die-with-parent
/// does this inside the sandbox; without it an orphaned worker whose test never ends kept a core
/// busy after the grader was killed (the request loop, blocked on that test, never sees stdin close).</summary>
internal static partial class ParentWatch
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    public static void Start()
    {
        if (OperatingSystem.IsWindows()) return;
        var parent = getppid();
        var thread = new Thread(() =>
        {
            // Re-parented (to init or a subreaper) means the grader died.
            while (getppid() == parent) Thread.Sleep(Interval);
            Environment.Exit(3);
        })
        { IsBackground = true, Name = "parent-watch" };
        thread.Start();
    }

    [DllImport("libc", ExactSpelling = true)]
    private static extern int getppid();
}
