using Newtonsoft.Json;

namespace Grader.Reports;

/// <summary>How the run went: for reproducing and auditing a grade, not for scoring.</summary>
public sealed record RunInfo
{
    [JsonProperty("grader_version")] public string GraderVersion { get; init; } = GraderInfo.Version;
    [JsonProperty("started_at")] public DateTimeOffset? StartedAt { get; init; }
    [JsonProperty("duration_ms")] public double DurationMs { get; init; }
    [JsonProperty("worker_restarts")] public int WorkerRestarts { get; init; }
    [JsonProperty("limits")] public Modules.ModuleLimits Limits { get; init; } = new();
    [JsonProperty("isolation")] public Workers.Isolation? Isolation { get; init; }
    /// <summary>What graded this report, as one string (<see cref="Modules.ModuleFingerprint"/>):
    /// batch re-grades a report whose fingerprint differs from the module's current one.</summary>
    [JsonProperty("fingerprint")] public string? Fingerprint { get; init; }
    [JsonProperty("fingerprint_parts")] public FingerprintParts? FingerprintParts { get; init; }
}
