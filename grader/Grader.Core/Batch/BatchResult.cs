namespace Grader.Batch;

/// <summary>What one batch run did: how many submissions were in scope, how many it graded now,
/// and how many an earlier run had already graded.</summary>
public sealed record BatchResult(int InScope, int GradedNow, int AlreadyDone, TimeSpan Elapsed);
