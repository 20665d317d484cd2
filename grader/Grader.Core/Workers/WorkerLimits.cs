using Grader.Modules;

namespace Grader.Workers;

/// <summary>What a worker process starts with: its memory limit and the folders it may read
/// (the module's compiled tests); everything else it sees is the system's read-only files.</summary>
public sealed record WorkerLimits(int MemoryMb, IReadOnlyList<string> ReadOnlyPaths)
{
    /// <summary>The hidden tests' folder only where it exists: a student's check and quiz run without
    /// it (a student repository has none), and the sandbox cannot bind a folder that is not there.</summary>
    public static WorkerLimits For(CourseModule module) =>
        new(module.Limits.MemoryMb, Directory.Exists(module.TestsDirectory) ? [module.TestsDirectory] : []);

    public Isolation Isolation => Sandbox.Describe(MemoryMb);
}
