namespace Grader.Protocol;

/// <summary>One job for a worker, sent as a single JSON line on its standard input.</summary>
public sealed record WorkerRequest
{
    /// <summary>Unguessable per-request token; only lines carrying it count as results, so text a
    /// submission prints can never pass for a result.</summary>
    public required string Nonce { get; init; }

    public required RequestKind Kind { get; init; }

    /// <summary>Name the submission is compiled under; the hidden tests bind to it.</summary>
    public required string AssemblyName { get; init; }

    public IReadOnlyList<SourceFile> Sources { get; init; } = [];

    /// <summary>Folder holding the compiled hidden tests and their support libraries.</summary>
    public required string TestsDirectory { get; init; }

    public required string TestsAssembly { get; init; }

    public PolicySpec Policy { get; init; } = new();

    /// <summary>Full names of tests not to run (already finished, or the one that killed the
    /// previous worker).</summary>
    public IReadOnlyList<string> SkipTests { get; init; } = [];

    public int OutputCapBytes { get; init; } = 64 * 1024;

    /// <summary>Grade only: the submission as an earlier worker compiled and checked it (see
    /// <see cref="CompiledImage"/>); the worker then runs the tests without compiling.</summary>
    public CompiledImage? Compiled { get; init; }

    /// <summary>Check only: test sources (the public sample tests) compiled against the
    /// submission, instead of the precompiled hidden tests.</summary>
    public IReadOnlyList<SourceFile> TestSources { get; init; } = [];

    /// <summary>Quiz only: the questions with the instructor's keys and the student's answers.</summary>
    public IReadOnlyList<QuizItem> Quiz { get; init; } = [];
}

public enum RequestKind
{
    /// <summary>List the module's tests and their points, running nothing (uses the reference
    /// build that sits beside the tests).</summary>
    Discover,

    /// <summary>Compile, check and test a submission.</summary>
    Grade,

    /// <summary>Compile and check a submission, then run test sources sent with it (a student's
    /// local check against the public tests).</summary>
    Check,

    /// <summary>Evaluate quiz answers (C# expressions) against their keys.</summary>
    Quiz,
}
