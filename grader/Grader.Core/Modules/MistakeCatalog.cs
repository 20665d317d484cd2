using Newtonsoft.Json;

namespace Grader.Modules;

/// <summary>A module's catalogued mistakes (tests/&lt;slug&gt;/mistakes.json): id → the title an
/// instructor reads in a class summary. Missing or unreadable: no titles, ids still count.</summary>
public static class MistakeCatalog
{
    public const string FileName = "mistakes.json";

    public static IReadOnlyDictionary<string, string> Titles(CourseLayout layout, string slug)
    {
        var path = Path.Combine(layout.HiddenTests(slug), FileName);
        try
        {
            return File.Exists(path)
                ? JsonConvert.DeserializeObject<CatalogFile>(File.ReadAllText(path))?.Mistakes ?? new Dictionary<string, string>()
                : new Dictionary<string, string>();
        }
        catch (Exception e) when (e is JsonException or IOException) { return new Dictionary<string, string>(); }
    }

    private sealed record CatalogFile
    {
        [JsonProperty("mistakes")] public Dictionary<string, string> Mistakes { get; init; } = [];
    }
}
