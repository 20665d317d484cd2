using Newtonsoft.Json.Linq;

namespace Grader.Cli;

/// <summary>Which module a folder belongs to, for commands run from inside one: the nearest
/// module.json at or above the folder names it (assignments/&lt;slug&gt;/ in the course, or the
/// root of an exported student repository).</summary>
internal static class ModuleInference
{
    public static (string? slug, string? folder) FromFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var manifest = Path.Combine(dir.FullName, "module.json");
            if (!File.Exists(manifest)) continue;
            try
            {
                return ((string?)JObject.Parse(File.ReadAllText(manifest))["slug"], dir.FullName);
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return (null, null);
            }
        }
        return (null, null);
    }
}
