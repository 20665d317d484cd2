namespace Grader.Protocol;

/// <summary>A submission's assembly as the worker emitted it after the compile and policy steps,
/// before any of its code ran: sent to the supervisor with <see cref="EventType.Image"/> and back
/// to a fresh worker that continues the same submission after a test was stopped or crashed, so
/// that worker runs the tests without compiling again (a cold compile is most of a restart).</summary>
public sealed record CompiledImage
{
    /// <summary>The assembly, base64.</summary>
    public required string Assembly { get; init; }

    /// <summary>Its portable PDB, base64: line numbers in the student's stack traces.</summary>
    public string? Pdb { get; init; }

    /// <summary>The secret of the "not graded" markers compiled into members cut out of the
    /// assembly: the worker that runs it must recognise them, though it drew another secret.</summary>
    public required string MarkerSecret { get; init; }

    /// <summary>The marked reasons of those members, in full: the only "not graded" texts that are
    /// the grader's (a submission can read the secret from a cut member's exception).</summary>
    public IReadOnlyList<string> Quarantined { get; init; } = [];
}
