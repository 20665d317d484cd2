using System.Security.Cryptography;

namespace Grader.Cli;

/// <summary>On GitHub Actions the runner executes any line of a step's output that starts with
/// "::" (after spaces) as a workflow command, and "##[" anywhere: a submission's exception message
/// or printed output, shown in the feedback, could then add annotations, mask text or set the
/// step's outputs — which the Classroom reporter reads the points from. The grader's own output is
/// therefore wrapped in <c>::stop-commands::</c> with an unguessable token, the runner's own
/// mechanism for logging text "without accidentally running a workflow command".</summary>
internal sealed class WorkflowCommands : IDisposable
{
    private readonly string? _token;

    private WorkflowCommands(string? token) => _token = token;

    /// <summary>Commands off until disposed, when running on GitHub Actions; nothing elsewhere.</summary>
    public static WorkflowCommands Suspend()
    {
        if (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") != "true") return new WorkflowCommands(null);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        Console.Out.WriteLine($"::stop-commands::{token}");
        Console.Out.Flush();
        return new WorkflowCommands(token);
    }

    public void Dispose()
    {
        if (_token is null) return;
        Console.Out.WriteLine($"::{_token}::");
        Console.Out.Flush();
    }
}
