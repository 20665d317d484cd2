using Newtonsoft.Json;

namespace Grader.Modules;

/// <summary>The course's modules, read from assignments/*/module.json.</summary>
public sealed class ModuleCatalog(string courseRoot)
{
    /// <summary>The build configuration the hidden tests were built in: the grader's own.</summary>
    public const string Configuration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public string CourseRoot { get; } = courseRoot;

    public IReadOnlyList<string> Slugs() =>
        Directory.GetDirectories(Path.Combine(CourseRoot, "assignments"))
            .Where(d => File.Exists(Path.Combine(d, "module.json")))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>Loads a module; the error names what is wrong and what to do about it.</summary>
    public (CourseModule? module, string? error) Find(string slugOrPrefix)
    {
        var slugs = Slugs();
        // "01" or "01-what" are accepted as long as they name one module.
        var matches = slugs.Where(s => s == slugOrPrefix).ToList();
        if (matches.Count == 0) matches = slugs.Where(s => s.StartsWith(slugOrPrefix, StringComparison.Ordinal)).ToList();
        if (matches.Count != 1)
            return (null, $"Unknown module '{slugOrPrefix}'. Modules: {string.Join(", ", slugs)}.");
        var slug = matches[0];
        var dir = Path.Combine(CourseRoot, "assignments", slug);
        ModuleManifest manifest;
        try
        {
            manifest = JsonConvert.DeserializeObject<ModuleManifest>(File.ReadAllText(Path.Combine(dir, "module.json")))
                       ?? throw new JsonException("empty file");
        }
        catch (JsonException e)
        {
            return (null, $"The manifest {Path.Combine("assignments", slug, "module.json")} is invalid: {e.Message}");
        }
        if (manifest.Slug != slug)
            return (null, $"The manifest in assignments/{slug} names its module '{manifest.Slug}'; the slug must equal the folder name.");
        var tests = Path.Combine(CourseRoot, "tests", slug, "bin", Configuration, "net10.0");
        if (!File.Exists(Path.Combine(tests, manifest.TestsAssembly + ".dll")))
            return (null, $"The hidden tests of {slug} are not built (looked for {manifest.TestsAssembly}.dll in {tests}). " +
                          $"Build them with: dotnet build tests/{slug} -c {Configuration}");
        return (new CourseModule(manifest, dir, tests), null);
    }
}
