namespace Grader.Workers;

/// <summary>Finds the worker assembly (copied beside the supervisor at build time) and the
/// dotnet host that runs it.</summary>
public static class WorkerLocator
{
    /// <summary>The precompiled (ReadyToRun) worker a Release build publishes beside the grader,
    /// else the plain one.</summary>
    public static string WorkerDll
    {
        get
        {
            var r2r = Path.Combine(AppContext.BaseDirectory, "worker-r2r", "Grader.Worker.dll");
            return File.Exists(r2r) ? r2r : Path.Combine(AppContext.BaseDirectory, "Grader.Worker.dll");
        }
    }

    public static string DotnetHost()
    {
        var fromEnv = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(fromEnv)) return fromEnv;
        // …/dotnet/shared/Microsoft.NETCore.App/<version>/ → …/dotnet/dotnet
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }
}
