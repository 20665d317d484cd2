using System.Diagnostics;

namespace Grader.Tests;

/// <summary>Runs a program as a user would and collects what it said; the one way tests start processes.</summary>
internal static class Processes
{
    public sealed record Result(int Exit, string Stdout, string Stderr)
    {
        public string Output => Stdout + Stderr;
    }

    public static Result Run(string file, IEnumerable<string> args, string? workDir = null, IReadOnlyDictionary<string, string>? env = null)
    {
        using var p = Start(file, args, workDir, env);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Started, with both streams redirected (and stdin, when asked); the caller reads and waits.</summary>
    public static Process Start(string file, IEnumerable<string> args, string? workDir = null, IReadOnlyDictionary<string, string>? env = null, bool stdin = false)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin, UseShellExecute = false };
        if (workDir is not null) psi.WorkingDirectory = workDir;
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        return Process.Start(psi)!;
    }

    /// <summary>The grader's command line (this build's) as a started process, pointed at <paramref name="course"/>.</summary>
    public static Process StartGrader(string course, string? workDir, bool stdin, params string[] args) =>
        Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "grader.dll"), .. args, "--course", course], workDir, stdin: stdin);

    /// <summary>The grader's command line (this build's), pointed at <paramref name="course"/> and run in <paramref name="workDir"/>.</summary>
    public static Result GraderIn(string course, string? workDir, params string[] args) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "grader.dll"), .. args, "--course", course], workDir);

    /// <summary>The grader's command line (this build's), pointed at this course.</summary>
    public static Result Grader(params string[] args) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "grader.dll"), .. args, "--course", Repo.Root]);

    public static Result Grader(IReadOnlyDictionary<string, string> env, params string[] args) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "grader.dll"), .. args, "--course", Repo.Root], env: env);
}
