using System.Diagnostics;

namespace Grader.Workers;

/// <summary>Wraps the worker in bubblewrap where the machine has it: no network, the file system
/// read-only except a private /tmp, an unprivileged uid, a new session, killed with its parent.
/// Detected at run time; GRADER_SANDBOX=none turns it off (for machines where user namespaces
/// are forbidden).</summary>
public static class Sandbox
{
    public const int FileSizeLimitMb = 16;

    private static readonly Lazy<string?> Bwrap = new(Probe);

    /// <summary>util-linux's prlimit, for the file-size and core-dump limits; a student's macOS or
    /// Windows machine has none, and `check` must still run there (without those limits).</summary>
    private static readonly Lazy<string?> Prlimit = new(() =>
        OperatingSystem.IsLinux() ? new[] { "/usr/bin/prlimit", "/bin/prlimit" }.FirstOrDefault(File.Exists) : null);

    public static bool Available => Bwrap.Value is not null;

    private static int FileSizeLimit => Prlimit.Value is null ? 0 : FileSizeLimitMb;

    public static Isolation Describe(int memoryMb) => Available
        ? new Isolation { Sandbox = "bubblewrap", Network = "none", FileSystem = "read-only", MemoryLimitMb = memoryMb, FileSizeLimitMb = FileSizeLimit }
        : new Isolation { Sandbox = "none", Network = "host", FileSystem = "host", MemoryLimitMb = memoryMb, FileSizeLimitMb = FileSizeLimit };

    /// <summary>The command line that runs <paramref name="program"/> with <paramref name="args"/>
    /// inside the sandbox (or plainly, when there is none).</summary>
    public static (string file, List<string> args) Command(string program, IEnumerable<string> args, IEnumerable<string> readOnlyPaths, IReadOnlyDictionary<string, string> environment)
    {
        var a = Prlimit.Value is { } prlimit ? new List<string> { prlimit, $"--fsize={FileSizeLimitMb * 1024 * 1024}", "--core=0", "--" } : [];
        if (Bwrap.Value is not { } bwrap)
            return a.Count == 0 ? (program, [.. args]) : (a[0], [.. a.Skip(1), program, .. args]);

        a.Add(bwrap);
        a.AddRange(["--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin"]);
        if (File.Exists("/etc/ld.so.cache")) a.AddRange(["--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache"]);
        a.AddRange(["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]);
        foreach (var p in readOnlyPaths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(p => !p.StartsWith("/usr/", StringComparison.Ordinal)))
            a.AddRange(["--ro-bind", p, p]);
        // The sandbox's own root is a scratch tmpfs; make it read-only too, so /tmp is the only place to write.
        a.AddRange(["--remount-ro", "/"]);
        a.AddRange(["--chdir", "/tmp", "--unshare-all", "--uid", "65534", "--gid", "65534", "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--clearenv"]);
        foreach (var (k, v) in environment) a.AddRange(["--setenv", k, v]);
        a.Add(program);
        a.AddRange(args);
        return (a[0], [.. a.Skip(1)]);
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("GRADER_SANDBOX") == "none") return null;
        var bwrap = new[] { "/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap" }.FirstOrDefault(File.Exists);
        if (bwrap is null) return null;
        try
        {
            using var p = Process.Start(new ProcessStartInfo(bwrap)
            {
                ArgumentList = { "--ro-bind", "/", "/", "--unshare-all", "--die-with-parent", "--uid", "65534", "--gid", "65534", "/bin/true" },
                RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            });
            if (p is null) return null;
            if (!p.WaitForExit(5000)) { p.Kill(); return null; }
            return p.ExitCode == 0 ? bwrap : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
