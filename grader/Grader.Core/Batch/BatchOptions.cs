namespace Grader.Batch;

/// <summary>How a batch runs.</summary>
public sealed record BatchOptions
{
    /// <summary>Submissions graded at once, each in its own worker; default: the core count.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public Shard Shard { get; init; } = Shard.All;

    /// <summary>The module's current fingerprint: a stored report graded with another is stale and
    /// graded again. Null: stored reports are kept whatever graded them.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>Grade every submission in scope again, stale or not.</summary>
    public bool Regrade { get; init; }
}
