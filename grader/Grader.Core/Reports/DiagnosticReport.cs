using Newtonsoft.Json;

namespace Grader.Reports;

/// <summary>A compiler message; <see cref="Text"/> is the familiar one-line form
/// "File.cs(12,5): error CS1002: ; expected".</summary>
public sealed record DiagnosticReport
{
    [JsonProperty("file")] public required string File { get; init; }
    [JsonProperty("line")] public int Line { get; init; }
    [JsonProperty("column")] public int Column { get; init; }
    [JsonProperty("severity")] public required string Severity { get; init; }
    [JsonProperty("id")] public required string Id { get; init; }
    [JsonProperty("message")] public required string Message { get; init; }
    [JsonProperty("text")] public required string Text { get; init; }
}
