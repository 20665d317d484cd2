using Newtonsoft.Json;

namespace Grader.Modules;

/// <summary>The course's modules, read from assignments/*/module.json.</summary>
public sealed class ModuleCatalog(CourseLayout layout)
{
    public ModuleCatalog(string courseRoot) : this(new CourseLayout(courseRoot)) { }

    public CourseLayout Layout { get; } = layout;

    public string CourseRoot => Layout.Root;

    public IReadOnlyList<string> Slugs() => Layout.StudentRepository ? StudentRepositorySlug() :
        Directory.GetDirectories(Layout.AssignmentsRoot)
            .Where(d => File.Exists(Path.Combine(d, CourseLayout.ManifestFileName)))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>A student repository holds one module: the slug its module.json names.</summary>
    private List<string> StudentRepositorySlug()
    {
        try
        {
            var slug = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Layout.Manifest("")))["slug"]?.ToString();
            return string.IsNullOrEmpty(slug) ? [] : [slug];
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return [];
        }
    }

    /// <summary>Loads a module; the error names what is wrong and what to do about it. Only
    /// commands that run the hidden tests need them built: a student's check, watch and quiz do
    /// not (and in a student repository there are none).</summary>
    public (CourseModule? module, string? error) Find(string slugOrPrefix, bool needsHiddenTests = true)
    {
        var slugs = Slugs();
        // "01" or "01-what" are accepted as long as they name one module.
        var matches = slugs.Where(s => s == slugOrPrefix).ToList();
        if (matches.Count == 0) matches = slugs.Where(s => s.StartsWith(slugOrPrefix, StringComparison.Ordinal)).ToList();
        if (matches.Count != 1)
            return (null, $"Unknown module '{slugOrPrefix}'. Modules: {string.Join(", ", slugs)}.");
        var slug = matches[0];
        var manifestPath = Layout.Manifest(slug);
        ModuleManifest manifest;
        try
        {
            manifest = JsonConvert.DeserializeObject<ModuleManifest>(File.ReadAllText(manifestPath))
                       ?? throw new JsonException("empty file");
        }
        catch (JsonException e)
        {
            return (null, $"The manifest {Layout.Shown(manifestPath)} is invalid: {e.Message}");
        }
        if (manifest.Slug != slug)
            return (null, $"The manifest in {Layout.Shown(Layout.Assignment(slug))} names its module '{manifest.Slug}'; the slug must equal the folder name.");
        if (Layout.StudentRepository && needsHiddenTests)
            return (null, $"This is the student repository of {slug}: it has no hidden tests, so it cannot be graded here; " +
                          "it is graded when you push. Here use `dotnet grader check`, `dotnet grader watch` or `dotnet grader quiz`.");
        if (!needsHiddenTests) return (new CourseModule(manifest, Layout, manifest.Limits), null);
        var tests = Layout.HiddenTestsBuild(slug);
        if (!File.Exists(Path.Combine(tests, manifest.TestsAssembly + ".dll")))
            return (null, $"The hidden tests of {slug} are not built (looked for {manifest.TestsAssembly}.dll in {tests}). " +
                          $"Build them with: dotnet build {Layout.Shown(Layout.HiddenTests(slug))} -c {CourseLayout.Configuration}");
        return (new CourseModule(manifest, Layout, manifest.Limits), null);
    }
}
