using System.IO.Compression;
using Grader.Batch;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>A class's zip or folder with something odd in one student's part: that part costs
/// that student, never the class.</summary>
[TestFixture]
public sealed class SubmissionSourceTests
{
    private string _root = "";

    [SetUp]
    public void Make() => _root = Directory.CreateTempSubdirectory("grader-source-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(_root, recursive: true);

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var w = new StreamWriter(zip.CreateEntry(name).Open());
        w.Write(text);
    }

    [Test]
    public void An_entry_that_cannot_be_written_is_skipped_and_named_and_the_others_are_graded()
    {
        // mallory's zip holds a file x and a folder x/: both cannot exist.
        var path = Path.Combine(_root, "class.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Entry(zip, "alice/Derivatives.cs", "// alice");
            Entry(zip, "mallory/x", "a file");
            Entry(zip, "mallory/x/Derivatives.cs", "// under a file of the same name");
        }

        var set = SubmissionSource.Find(path, Path.Combine(_root, "out"));

        Assert.That(set.Error, Is.Null);
        Assert.That(set.Items.Select(i => i.Id), Is.EqualTo(new[] { "alice", "mallory" }));
        Assert.That(set.Notes, Has.One.StartsWith("class.zip: entry 'mallory/x/Derivatives.cs' was not extracted"));
        Assert.That(File.ReadAllText(Path.Combine(set.Items[0].Folder, "Derivatives.cs")), Is.EqualTo("// alice"));
    }

    [Test]
    public void Two_students_whose_names_differ_only_in_case_are_refused_before_grading()
    {
        foreach (var s in new[] { "Alice", "alice", "bob" }) Directory.CreateDirectory(Path.Combine(_root, "class", s));

        var set = SubmissionSource.Find(Path.Combine(_root, "class"), Path.Combine(_root, "out"));

        Assert.That(set.Error, Is.EqualTo("the submissions 'Alice' and 'alice' differ only in upper and lower case, so their reports would be one file on macOS or Windows; rename one of the folders."));
    }
}
