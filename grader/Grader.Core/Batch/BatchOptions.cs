namespace Grader.Batch;

/// <summary>How a batch runs.</summary>
public sealed record BatchOptions
{
    /// <summary>Submissions graded at once, each in its own worker; default: the core count.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public Shard Shard { get; init; } = Shard.All;
}
