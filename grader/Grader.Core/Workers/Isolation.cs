using Newtonsoft.Json;

namespace Grader.Workers;

/// <summary>Which defences were in force for a run, recorded in every report so an instructor
/// can tell a sandboxed grade from one made on a machine without a sandbox.</summary>
public sealed record Isolation
{
    /// <summary>"bubblewrap" or "none" (a plain child process).</summary>
    [JsonProperty("sandbox")] public required string Sandbox { get; init; }

    /// <summary>"none" inside the sandbox (own empty network namespace), else "host".</summary>
    [JsonProperty("network")] public required string Network { get; init; }

    /// <summary>"read-only" (system and grader files read-only, private /tmp) or "host".</summary>
    [JsonProperty("filesystem")] public required string FileSystem { get; init; }

    [JsonProperty("memory_limit_mb")] public int MemoryLimitMb { get; init; }

    /// <summary>Largest file the code may write; 0 where the machine has no prlimit (no limit).</summary>
    [JsonProperty("file_size_limit_mb")] public int FileSizeLimitMb { get; init; }
}
