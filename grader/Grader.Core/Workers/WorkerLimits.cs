namespace Grader.Workers;

/// <summary>Resource limits a worker process starts with.</summary>
public sealed record WorkerLimits(int MemoryMb)
{
    public static readonly WorkerLimits Default = new(256);
}
