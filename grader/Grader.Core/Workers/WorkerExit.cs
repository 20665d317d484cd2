namespace Grader.Workers;

/// <summary>How a worker process ended, as far as the supervisor can tell.</summary>
public sealed record WorkerExit(int? ExitCode, string StandardErrorTail)
{
    /// <summary>A sentence a student can read.</summary>
    public string Describe()
    {
        if (StandardErrorTail.Contains("Stack overflow", StringComparison.Ordinal))
            return "Stack overflow: the code recursed without end (or too deep). Check the recursion's base case.";
        if (StandardErrorTail.Contains("OutOfMemory", StringComparison.Ordinal) || StandardErrorTail.Contains("GC heap initialization failed", StringComparison.Ordinal))
            return "Out of memory: the code allocated more than the memory limit allows.";
        return ExitCode switch
        {
            0 => "The code ended the grading process early (it called Environment.Exit or similar); no result was produced.",
            134 => "The process aborted (SIGABRT); this usually means a fatal runtime error such as Environment.FailFast.",
            137 => "The process was killed (SIGKILL), usually for exceeding the memory limit.",
            null => "The process ended without an exit code.",
            var c => $"The process crashed with exit code {c}.",
        };
    }
}
