using Grader.Modules;

namespace Grader.Workers;

/// <summary>What a worker process starts with: its memory limit and the folders it may read
/// (the module's compiled tests); everything else it sees is the system's read-only files.</summary>
public sealed record WorkerLimits(int MemoryMb, IReadOnlyList<string> ReadOnlyPaths)
{
    public static WorkerLimits For(CourseModule module) => new(module.Limits.MemoryMb, [module.TestsDirectory]);

    public Isolation Isolation => Sandbox.Describe(MemoryMb);
}
