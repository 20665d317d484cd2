namespace Grader.Protocol;

/// <summary>One message from worker to supervisor. A flat shape keeps the wire format obvious;
/// which fields are set depends on <see cref="Type"/>.</summary>
public sealed record WorkerEvent
{
    /// <summary>The <see cref="Message"/> of a <see cref="EventType.Compiled"/> event about the
    /// public tests (a check), not the submission.</summary>
    public const string PublicTestsMessage = "public-tests";

    public required EventType Type { get; init; }

    public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }

    public IReadOnlyList<PolicyViolation>? Violations { get; init; }

    public IReadOnlyList<TestInfo>? Tests { get; init; }

    public TestInfo? Test { get; init; }

    public TestOutcome? Outcome { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<QuizOutcome>? QuizOutcomes { get; init; }

    /// <summary>On <see cref="EventType.Done"/>: the worker holds more memory than a fresh one
    /// would (a submission left a large object reachable) and should be replaced.</summary>
    public bool? Retire { get; init; }

    /// <summary>On <see cref="EventType.Image"/>: the assembly the tests are about to run against.</summary>
    public CompiledImage? Image { get; init; }
}

public enum EventType
{
    Compiled,
    Policy,
    /// <summary>Grade only, after the policy step: the assembly the tests will run (<see cref="WorkerEvent.Image"/>).</summary>
    Image,
    Discovered,
    TestStarted,
    TestFinished,
    QuizGraded,
    Done,
    Fatal,
}
