using Grader.Modules;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Every module's assignments/&lt;slug&gt;/starter.sha256 matches its starter and provided
/// files as committed: the grader trusts the assignment folder as the starter only through these
/// hashes (export, gradescope, and the stand-in for a file a submission lacks). After changing a
/// starter on purpose, UPDATE_GOLDEN=1 rewrites them.</summary>
[TestFixture]
public sealed class StarterManifestTests
{
    public static IEnumerable<TestCaseData> Modules() =>
        Repo.Catalog.Slugs().Select(slug => new TestCaseData(slug).SetName("starter.sha256:" + slug));

    [TestCaseSource(nameof(Modules))]
    public void The_starter_hashes_match_the_assignment_folder(string slug)
    {
        var (module, error) = Repo.Catalog.Find(slug);
        Assert.That(module, Is.Not.Null, error);
        var path = StarterManifest.PathOf(module!);
        var expected = StarterManifest.Compute(module!);
        if (Repo.UpdateGolden) File.WriteAllText(path, expected);
        Assert.That(File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)", Is.EqualTo(expected),
            $"{path} does not match assignments/{slug}/: restore the starter (git checkout -- assignments/{slug}), or, if it changed on purpose, rewrite the hashes with UPDATE_GOLDEN=1");
        Assert.That(StarterManifest.Problems(module!), Is.Empty);
    }

    [Test]
    public void Hashes_do_not_depend_on_line_endings() =>
        Assert.That(StarterManifest.Hash("a\r\nb\r\n"), Is.EqualTo(StarterManifest.Hash("a\nb\n")));
}
