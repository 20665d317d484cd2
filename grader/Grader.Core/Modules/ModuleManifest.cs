using Newtonsoft.Json;
using Grader.Protocol;

namespace Grader.Modules;

/// <summary>assignments/&lt;slug&gt;/module.json: what a module is, what a student may edit, the
/// limits and the API policy. Points are not here: they are written on the tests.</summary>
public sealed record ModuleManifest
{
    [JsonProperty("slug", Required = Required.Always)] public string Slug { get; init; } = "";
    [JsonProperty("title", Required = Required.Always)] public string Title { get; init; } = "";
    [JsonProperty("assembly", Required = Required.Always)] public string Assembly { get; init; } = "";
    [JsonProperty("tests_assembly", Required = Required.Always)] public string TestsAssembly { get; init; } = "";
    [JsonProperty("editable_files", Required = Required.Always)] public IReadOnlyList<string> EditableFiles { get; init; } = [];
    /// <summary>Files the course provides (given code the student uses but does not hand in):
    /// always taken from the assignment folder, never from a submission.</summary>
    [JsonProperty("provided_files")] public IReadOnlyList<string> ProvidedFiles { get; init; } = [];
    [JsonProperty("tasks")] public IReadOnlyList<ModuleTask> Tasks { get; init; } = [];
    [JsonProperty("limits")] public ModuleLimits Limits { get; init; } = new();
    [JsonProperty("policy")] public PolicySpec Policy { get; init; } = new();
}

public sealed record ModuleTask
{
    [JsonProperty("id", Required = Required.Always)] public string Id { get; init; } = "";
    [JsonProperty("title")] public string Title { get; init; } = "";
}
