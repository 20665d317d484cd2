using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Mistakes as data: every module with hidden tests lists the mistakes its tests diagnose in
/// tests/&lt;slug&gt;/mistakes.json (id → a title an instructor reads in a class summary). The ids in
/// the tests' "Mistake [mNN.id]:" messages and the catalogue must agree both ways, so a class-wide
/// count never shows an id without a title, and the catalogue never promises a diagnosis no test makes.</summary>
[TestFixture]
public partial class MistakeCatalogTests
{
    public static IEnumerable<TestCaseData> Modules() =>
        Directory.GetDirectories(Path.Combine(Repo.Root, "tests"))
            .Where(d => ModuleFolder().IsMatch(Path.GetFileName(d)) && Directory.GetFiles(d, "*.HiddenTests.csproj").Length > 0)
            .Order(StringComparer.Ordinal)
            .Select(d => new TestCaseData(Path.GetFileName(d)));

    [TestCaseSource(nameof(Modules))]
    public void Mistakes_are_catalogued(string slug)
    {
        var folder = Path.Combine(Repo.Root, "tests", slug);
        var prefix = "m" + slug[..2] + ".";
        var catalogue = ReadCatalogue(Path.Combine(folder, "mistakes.json"));

        var used = SourceFiles(folder)
            .SelectMany(f => MistakeTag().Matches(File.ReadAllText(f)).Select(m => (Id: m.Groups["id"].Value, File: Path.GetFileName(f))))
            .ToList();
        using (Assert.EnterMultipleScope())
        {
            foreach (var (id, title) in catalogue)
            {
                Assert.That(WellFormedId().IsMatch(id), Is.True, $"{slug}/mistakes.json: id \"{id}\" is not of the form mNN.kebab-case");
                Assert.That(id, Does.StartWith(prefix), $"{slug}/mistakes.json: id \"{id}\" must start with {prefix} (the module's number)");
                Assert.That(title, Is.Not.Empty, $"{slug}/mistakes.json: id \"{id}\" has no title");
                Assert.That(used.Any(u => u.Id == id), Is.True,
                    $"{slug}/mistakes.json lists \"{id}\", but no hidden test writes \"Mistake [{id}]:\" (remove it, or diagnose it)");
            }
            foreach (var (id, file) in used.DistinctBy(u => u.Id))
            {
                Assert.That(WellFormedId().IsMatch(id) && id.StartsWith(prefix, StringComparison.Ordinal), Is.True,
                    $"{slug}/{file} writes \"Mistake [{id}]\": ids are {prefix}kebab-case, followed by a colon");
                Assert.That(catalogue.ContainsKey(id), Is.True,
                    $"{slug}/{file} writes \"Mistake [{id}]:\", which {slug}/mistakes.json does not list (add it with a short title)");
            }
        }
    }

    [TestCaseSource(nameof(Modules))]
    public void Golden_cases_require_only_catalogued_mistakes(string slug)
    {
        var catalogue = ReadCatalogue(Path.Combine(Repo.Root, "tests", slug, "mistakes.json"));
        var golden = Path.Combine(Repo.GoldenRoot, slug);
        if (!Directory.Exists(golden)) Assert.Ignore($"{slug} has no golden cases");
        using (Assert.EnterMultipleScope())
            foreach (var spec in Directory.GetFiles(golden, "case.json", SearchOption.AllDirectories))
                foreach (var fail in (JObject.Parse(File.ReadAllText(spec))["must_fail"] as JArray ?? []).OfType<JObject>())
                    if (fail["feedback_id"]?.Value<string>() is { } id && id.StartsWith('m'))
                        Assert.That(catalogue.ContainsKey(id), Is.True,
                            $"{Path.GetRelativePath(Repo.Root, spec)} requires feedback_id \"{id}\", which {slug}/mistakes.json does not list");
    }

    private static Dictionary<string, string> ReadCatalogue(string path)
    {
        Assert.That(File.Exists(path), Is.True, $"{Path.GetRelativePath(Repo.Root, path)} is missing: list the module's mistake ids there");
        JObject root;
        try
        {
            root = JObject.Parse(File.ReadAllText(path));
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            Assert.Fail($"{Path.GetRelativePath(Repo.Root, path)} does not parse: {e.Message}");
            throw;
        }
        Assert.That(root["mistakes"], Is.InstanceOf<JObject>(),
            $"{Path.GetRelativePath(Repo.Root, path)}: expected {{ \"mistakes\": {{ \"mNN.id\": \"title\", … }} }}");
        return ((JObject)root["mistakes"]!).Properties().ToDictionary(p => p.Name, p => p.Value.Type == JTokenType.String ? p.Value.Value<string>()!.Trim() : "");
    }

    /// <summary>The module's own C# sources, not build output.</summary>
    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"));

    [GeneratedRegex(@"^\d\d-[a-z0-9-]+$")]
    private static partial Regex ModuleFolder();

    // Loose on purpose: a malformed id ("Mistake [M4.x]:") is reported, not skipped. The worker
    // lifts only well-formed ones (FeedbackTranslator), so the id itself is checked below.
    [GeneratedRegex(@"Mistake \[(?<id>[^\]\s]*)\]")]
    private static partial Regex MistakeTag();

    [GeneratedRegex(@"^m\d\d\.[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex WellFormedId();
}
