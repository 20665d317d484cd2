using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>A module's catalogue of mistakes (tests/&lt;slug&gt;/mistakes.json) and its hidden tests name
/// the same ids: an id the tests write but the catalogue lacks has no title in a class summary, and
/// a catalogued id no test writes is a mistake nobody diagnoses.</summary>
[TestFixture]
public sealed partial class MistakeCatalogTests
{
    public static IEnumerable<TestCaseData> Modules() =>
        Directory.GetDirectories(Path.Combine(Repo.Root, "tests"))
            .Where(d => File.Exists(Path.Combine(d, "mistakes.json")))
            .Select(d => new TestCaseData(Path.GetFileName(d)).SetName($"mistakes:{Path.GetFileName(d)}"));

    [TestCaseSource(nameof(Modules))]
    public void The_catalogue_and_the_hidden_tests_name_the_same_ids(string slug)
    {
        var folder = Path.Combine(Repo.Root, "tests", slug);
        var catalogue = ((JObject)JObject.Parse(File.ReadAllText(Path.Combine(folder, "mistakes.json")))["mistakes"]!)
            .Properties().ToDictionary(p => p.Name, p => p.Value.ToString());
        var written = Directory.GetFiles(folder, "*.cs")
            .SelectMany(f => MistakeTag().Matches(File.ReadAllText(f)).Select(m => m.Groups["id"].Value))
            .ToHashSet();

        var prefix = "m" + slug[..2] + ".";
        Assert.Multiple(() =>
        {
            Assert.That(catalogue.Keys.Where(id => !id.StartsWith(prefix, StringComparison.Ordinal)), Is.Empty, $"ids must start with {prefix}");
            Assert.That(catalogue.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key), Is.Empty, "every id needs a title");
            Assert.That(written.Except(catalogue.Keys), Is.Empty, "ids the hidden tests write that mistakes.json lacks");
            Assert.That(catalogue.Keys.Except(written), Is.Empty, "ids in mistakes.json that no hidden test writes");
        });
    }

    // The worker's own pattern (FeedbackTranslator): "Mistake [m04.some-id]:".
    [GeneratedRegex(@"Mistake \[(?<id>m\d\d\.[a-z0-9]+(?:-[a-z0-9]+)*)\]:")]
    private static partial Regex MistakeTag();
}
