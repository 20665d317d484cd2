namespace Grader.Workers;

/// <summary>What a worker process starts with: its memory limit and the folders it may read
/// (the module's compiled tests); everything else it sees is the system's read-only files.</summary>
public sealed record WorkerLimits(int MemoryMb, IReadOnlyList<string> ReadOnlyPaths)
{
    public Isolation Isolation => Sandbox.Describe(MemoryMb);
}
