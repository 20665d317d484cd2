using NUnit.Framework;

namespace Grader.Tests;

/// <summary>A module's provided files (given code, compiled from the assignment folder) must be
/// identical in the reference folder: the hidden tests are compiled against the reference, and a
/// drifted copy would bind them to types the graded submission does not have.</summary>
[TestFixture]
public sealed class ProvidedFilesTests
{
    public static IEnumerable<TestCaseData> Files() =>
        Repo.Catalog.Slugs().SelectMany(slug =>
        {
            var (module, _) = Repo.Catalog.Find(slug);
            return module is null
                ? []
                : module.Manifest.ProvidedFiles.Select(name => new TestCaseData(slug, name).SetName($"{slug}/{name}"));
        });

    [TestCaseSource(nameof(Files))]
    public void Provided_file_is_identical_in_the_reference(string slug, string name)
    {
        var assignment = Path.Combine(Repo.Root, "assignments", slug, name);
        var reference = Path.Combine(Repo.Root, "reference", slug, name);
        Assert.That(File.Exists(assignment), Is.True, $"{assignment} is listed in provided_files but does not exist");
        Assert.That(File.Exists(reference), Is.True, $"{reference} is missing: the reference folder carries a copy of every provided file");
        Assert.That(File.ReadAllBytes(reference), Is.EqualTo(File.ReadAllBytes(assignment)),
            $"reference/{slug}/{name} differs from assignments/{slug}/{name}; copy the assignment's version over it");
    }
}
