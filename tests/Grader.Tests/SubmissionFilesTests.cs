using Grader.Loading;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Which files count as the student's: symbolic links are neither read nor followed (a
/// link to the reference folder must not hand in the reference), build output is ignored.</summary>
[TestFixture]
public sealed class SubmissionFilesTests
{
    private string _root = "";

    [SetUp]
    public void MakeFolder() => _root = Directory.CreateTempSubdirectory("grader-files-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Only_real_files_outside_build_output_count_shallowest_first()
    {
        var reference = Path.Combine(Repo.Root, "reference", "01-what-is-calculus");
        Write("src/Logistic.cs");
        Write("Logistic.cs");
        Write("bin/Debug/Rules.cs");
        Write("obj/Rules.cs");
        Write(".git/Rules.cs");
        Directory.CreateSymbolicLink(Path.Combine(_root, "ref"), reference);
        File.CreateSymbolicLink(Path.Combine(_root, "Rules.cs"), Path.Combine(reference, "Rules.cs"));

        var found = SubmissionFiles.Find(_root, "*.cs").Select(p => Path.GetRelativePath(_root, p));
        Assert.That(found, Is.EqualTo(new[] { "Logistic.cs", Path.Combine("src", "Logistic.cs") }));
    }

    [Test]
    public async Task A_submission_that_links_to_the_reference_gets_nothing_from_it()
    {
        var reference = Path.Combine(Repo.Root, "reference", "01-what-is-calculus");
        Directory.CreateSymbolicLink(Path.Combine(_root, "ref"), reference);
        var report = await Graders.For("01-what-is-calculus").GradeAsync(_root, "linked");
        Assert.That(report.Score, Is.Zero, report.Message);
    }

    private void Write(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "// " + relative);
    }
}
