namespace Grader.Workers;

/// <summary>Finds the worker assembly (copied beside the supervisor at build time) and the
/// dotnet host that runs it.</summary>
public static class WorkerLocator
{
    public static string WorkerDll => Path.Combine(AppContext.BaseDirectory, "Grader.Worker.dll");

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
