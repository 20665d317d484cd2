using System.Text.RegularExpressions;
using Grader.Protocol;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The documentation names only feedback ids the grader can emit: every grader.* and
/// test.* id in the README, the docs and the report schema is a constant of <see cref="FeedbackIds"/>.</summary>
[TestFixture]
public sealed partial class FeedbackIdTests
{
    public static IEnumerable<string> Documents() =>
        new[] { "README.md", "grader/report.schema.json" }.Concat(Directory.GetFiles(Path.Combine(Repo.Root, "docs"), "*.md").Select(p => Path.GetRelativePath(Repo.Root, p)));

    [TestCaseSource(nameof(Documents))]
    public void Every_documented_id_exists(string document)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, document));
        var named = Id().Matches(text).Select(m => m.Value)
            // File names that share the prefix (grader.json, grader.zip) are not ids.
            .Where(id => !Regex.IsMatch(id, @"\.(json|zip|dll|md|txt|csproj|sln|runsettings)$")).Distinct().ToList();
        Assert.That(named.Except(FeedbackIds.All), Is.Empty, $"{document} names feedback ids no code emits");
    }

    [Test]
    public void Ids_are_unique_and_follow_the_stage_naming() =>
        Assert.That(FeedbackIds.All, Is.Unique.And.All.Match(@"^(grader|test)\.[a-z_]+(\.[a-z_]+)?$"));

    [GeneratedRegex(@"\b(?:grader|test)\.[a-z_]+(?:\.[a-z_0-9]+)*")]
    private static partial Regex Id();
}
