using Newtonsoft.Json;

namespace Grader.Reports;

/// <summary>A change to the grade made by a person (an adjustments file) or by the course's late
/// policy, shown with the report so a student sees what changed, by how much and why.</summary>
public sealed record AdjustmentReport
{
    public const string LateTarget = "late";

    /// <summary>"total", a task id, a test name, or "late" for the late policy.</summary>
    [JsonProperty("target")] public required string Target { get; init; }
    /// <summary>Points added (negative: taken away); absent for an override.</summary>
    [JsonProperty("points")] public double? Points { get; init; }
    /// <summary>The score the target is set to; absent for points.</summary>
    [JsonProperty("override")] public double? Override { get; init; }
    /// <summary>What it changed the total by.</summary>
    [JsonProperty("delta")] public double Delta { get; init; }
    [JsonProperty("comment")] public string Comment { get; init; } = "";
    [JsonProperty("who")] public string Who { get; init; } = "";
}
