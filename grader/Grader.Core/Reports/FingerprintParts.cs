using Newtonsoft.Json;

namespace Grader.Reports;

/// <summary>What graded a report, part by part: each a content hash (16 hex digits of SHA-256) of
/// files as the course repository holds them, so the same course gives the same parts on any machine
/// and in any build configuration. A regrade compares these to say why a score moved.</summary>
public sealed record FingerprintParts
{
    [JsonProperty("grader")] public required string Grader { get; init; }
    [JsonProperty("manifest")] public required string Manifest { get; init; }
    /// <summary>The hidden tests' sources and the test-support library they call.</summary>
    [JsonProperty("hidden_tests")] public required string HiddenTests { get; init; }
    /// <summary>The reference solution: the hidden tests compile against it and its cost calibrates the time limits.</summary>
    [JsonProperty("reference")] public required string Reference { get; init; }
    /// <summary>The quiz's questions and key; absent when the module has no quiz.</summary>
    [JsonProperty("quiz_key")] public string? QuizKey { get; init; }
    /// <summary>The limits in force, after grader.json / GRADER_LIMITS__* overrides.</summary>
    [JsonProperty("limits")] public required string Limits { get; init; }
}
