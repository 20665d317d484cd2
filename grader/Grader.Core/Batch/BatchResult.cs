namespace Grader.Batch;

/// <summary>What one batch run did: how many submissions were in scope, how many it graded now,
/// and how many an earlier run had already graded. <see cref="Regraded"/> of those graded now had a
/// report before; those reports were kept in <see cref="History"/>.</summary>
public sealed record BatchResult(int InScope, int GradedNow, int AlreadyDone, TimeSpan Elapsed)
{
    public int Regraded { get; init; }

    /// <summary>history/&lt;time&gt;/ holding the reports this run replaced; null when it replaced none.</summary>
    public string? History { get; init; }
}
