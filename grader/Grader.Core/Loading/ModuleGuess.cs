using Grader.Modules;
using Newtonsoft.Json;

namespace Grader.Loading;

/// <summary>For a submission holding none of a module's files: which other module's files it does
/// hold, so "wrong module?" can name the right one.</summary>
public static class ModuleGuess
{
    /// <param name="fileNames">The .cs file names found in the submission.</param>
    /// <returns>"module 01-what-is-calculus's files (Derivatives.cs, Rules.cs)", or null when no module's match.</returns>
    public static string? Describe(CourseLayout layout, string slug, IEnumerable<string> fileNames)
    {
        var names = fileNames.ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0 || !Directory.Exists(layout.AssignmentsRoot)) return null;
        var best = new ModuleCatalog(layout).Slugs().Where(s => s != slug)
            .Select(s => (slug: s, files: Editable(layout, s).Where(names.Contains).ToList()))
            .Where(m => m.files.Count > 0).OrderByDescending(m => m.files.Count).FirstOrDefault();
        return best.slug is null ? null : $"module {best.slug}'s files ({string.Join(", ", best.files)})";
    }

    private static IReadOnlyList<string> Editable(CourseLayout layout, string slug)
    {
        try { return JsonConvert.DeserializeObject<ModuleManifest>(File.ReadAllText(layout.Manifest(slug)))?.EditableFiles ?? []; }
        catch (JsonException) { return []; }
    }
}
