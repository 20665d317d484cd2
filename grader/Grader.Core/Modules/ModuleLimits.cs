using System.Globalization;
using Newtonsoft.Json;

namespace Grader.Modules;

/// <summary>The limits a submission is graded under: written in the manifest, overridable from
/// configuration for a slower machine, and recorded in every report.</summary>
public sealed record ModuleLimits
{
    /// <summary>CPU seconds a test may use when the reference's cost on this machine is not known
    /// (a check's public tests, a kit without its reference); calibrated tests get 10 × the reference.</summary>
    [JsonProperty("test_timeout_seconds")] public double TestTimeoutSeconds { get; init; } = 5;

    /// <summary>An optional wall-clock bound on a whole submission; 0: none, each test is bounded by its own limit.</summary>
    [JsonProperty("submission_timeout_seconds")] public double SubmissionTimeoutSeconds { get; init; }
    /// <summary>CPU seconds compiling (Roslyn, the policy walk) may use: a cold worker needs 1–2 s,
    /// hostile source (a compile bomb) far more. Written in a report only when not the default.</summary>
    [JsonProperty("compile_seconds", DefaultValueHandling = DefaultValueHandling.IgnoreAndPopulate)]
    [System.ComponentModel.DefaultValue(30.0)]
    public double CompileSeconds { get; init; } = 30;

    [JsonProperty("memory_mb")] public int MemoryMb { get; init; } = 256;
    [JsonProperty("output_kb")] public int OutputKb { get; init; } = 64;

    /// <summary>The configuration keys (under "Limits") that override a manifest's values.</summary>
    public static readonly IReadOnlyList<string> OverrideKeys = ["TestTimeoutSeconds", "SubmissionTimeoutSeconds", "CompileSeconds", "MemoryMb", "OutputKb"];

    /// <summary>These limits with the overrides given (configuration key → text) applied; an
    /// error naming the key when a value is not a positive number or a key is unknown.</summary>
    public (ModuleLimits? limits, string? error) Override(IEnumerable<KeyValuePair<string, string?>> overrides)
    {
        var limits = this;
        foreach (var (key, text) in overrides)
        {
            var name = OverrideKeys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            if (name is null)
                return (null, $"Limits:{key} is not a limit; the limits are {string.Join(", ", OverrideKeys.Select(k => "Limits:" + k))}.");
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v <= 0 ||
                (name is "MemoryMb" or "OutputKb" && (v != Math.Floor(v) || v > int.MaxValue)))
                return (null, $"Limits:{name} must be a positive {(name is "MemoryMb" or "OutputKb" ? "whole number" : "number")}, not '{text}' " +
                              $"(set in grader.json or GRADER_LIMITS__{name.ToUpperInvariant()}).");
            limits = name switch
            {
                "TestTimeoutSeconds" => limits with { TestTimeoutSeconds = v },
                "SubmissionTimeoutSeconds" => limits with { SubmissionTimeoutSeconds = v },
                "CompileSeconds" => limits with { CompileSeconds = v },
                "MemoryMb" => limits with { MemoryMb = (int)v },
                _ => limits with { OutputKb = (int)v },
            };
        }
        return (limits, null);
    }
}
