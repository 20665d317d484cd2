namespace Grader;

/// <summary>A failure of the grader or of its input that stops a command (never a student's
/// mistake: those are values in the report). The command line turns it into one line and an exit
/// code in one place.</summary>
public sealed class GraderException : Exception
{
    private GraderException(string message, bool badInput) : base(message) => IsBadInput = badInput;

    /// <summary>The user can fix it (a path, an option, a configuration value): exit code 2.
    /// Otherwise the grader itself failed: exit code 1.</summary>
    public bool IsBadInput { get; }

    public static GraderException BadInput(string message) => new(message, badInput: true);

    public static GraderException Internal(string message) => new(message, badInput: false);

    /// <summary>A worker could not do what only the course's own files decide (list the tests, load them).</summary>
    public static GraderException WorkerFailed(string what, string detail) => new($"{what}: {detail}", badInput: false);
}
