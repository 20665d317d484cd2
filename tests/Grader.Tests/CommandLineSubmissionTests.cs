using System.IO.Compression;
using Grader.Exporters;
using Grader.Protocol;
using Grader.Reports;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The inputs that used to grade silently wrong, run as an instructor would: a zip of the
/// class folder, --submissions one folder too high, the wrong module, a .zip given to grade.</summary>
[TestFixture]
[NonParallelizable]
public sealed class CommandLineSubmissionTests
{
    private const string Module = "01-what-is-calculus";
    private string _root = "";
    private string _class = "";

    private static string Reference => Path.Combine(Repo.Root, "reference", Module);

    private static string Partial => Path.Combine(Repo.GoldenRoot, Module, "partial", "submission");

    [OneTimeSetUp]
    public void MakeClass()
    {
        _root = Directory.CreateTempSubdirectory("grader-class-").FullName;
        // subs/alice has the reference (full marks but for the quiz), subs/bob a partial solution.
        _class = Path.Combine(_root, "subs");
        foreach (var (student, from) in new[] { ("alice", Reference), ("bob", Partial) })
        {
            var dir = Directory.CreateDirectory(Path.Combine(_class, student)).FullName;
            foreach (var f in Directory.GetFiles(from, "*.cs")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_root, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
    }

    private static List<GradeReport> Reports(string outDir) =>
        Directory.GetFiles(Path.Combine(outDir, "reports"), "*.json").Order().Select(f => JsonExporter.Read(File.ReadAllText(f))).ToList();

    [Test]
    public void A_zip_of_the_class_folder_grades_each_student_not_the_class_as_one()
    {
        // What "Compress subs" or `zip -r class.zip subs` makes: one folder at the top.
        var zip = Path.Combine(_root, "class.zip");
        ZipFile.CreateFromDirectory(_class, zip, CompressionLevel.Fastest, includeBaseDirectory: true);
        var outDir = Path.Combine(_root, "zipped");

        var r = Processes.Grader("batch", Module, "--submissions", zip, "--out", outDir);

        Assert.That(r.Exit, Is.Zero, r.Output);
        Assert.That(r.Stderr, Does.Contain("note: " + zip + " holds one folder, subs/; its 2 sub-folders are the submissions."));
        Assert.That(r.Stdout, Does.Contain("2 submissions graded"));
        var reports = Reports(outDir);
        Assert.That(reports.Select(x => x.Submission), Is.EqualTo(new[] { "alice", "bob" }));
        Assert.That(reports.Select(x => x.Status), Is.All.EqualTo(ReportStatus.Graded));
        Assert.That(reports[1].Score, Is.LessThan(reports[0].Score), "bob's partial work scores less than alice's reference");
    }

    [Test]
    public void Submissions_one_folder_too_high_are_refused_naming_every_copy_and_warned_about()
    {
        // The parent of the class folder, which holds a roster beside it: its sub-folder subs
        // holds everyone's files. The batch's output goes inside it too.
        var high = Directory.CreateDirectory(Path.Combine(_root, "high")).FullName;
        CopyFolder(_class, Path.Combine(high, "subs"));
        File.WriteAllText(Path.Combine(high, "roster.csv"), "student\nalice\nbob\n");
        var outDir = Path.Combine(high, "too-high-out");
        var r = Processes.Grader("batch", Module, "--submissions", high, "--out", outDir);

        Assert.That(r.Exit, Is.Zero, r.Output);
        var subs = Reports(outDir).Single(x => x.Submission == "subs");
        Assert.That(subs.Status, Is.EqualTo(ReportStatus.LoadError));
        Assert.That(subs.FeedbackId, Is.EqualTo(FeedbackIds.Load.SeveralCopies));
        Assert.That(subs.Score, Is.Zero);
        Assert.That(subs.Message, Does.Contain("Derivatives.cs ×2: alice/Derivatives.cs, bob/Derivatives.cs").And.Contain("so none was graded"));
        Assert.That(r.Stderr, Does.Contain("warning: 1 submission held several copies of the module's files and was refused (0 points): subs"));
        Assert.That(Reports(outDir).Select(x => x.Submission), Does.Not.Contain("too-high-out"), "the batch's own output, inside the folder, is not a submission");
    }

    [Test]
    public void A_batch_of_the_wrong_module_warns_at_the_end_and_names_the_right_one()
    {
        var outDir = Path.Combine(_root, "wrong-module");
        var r = Processes.Grader("batch", "02", "--submissions", _class, "--out", outDir);

        Assert.That(r.Exit, Is.Zero, r.Output);
        Assert.That(r.Stderr, Does.Contain("warning: no submission contained any of module 02-multivariate-calculus's files — wrong module?")
            .And.Contain($"It holds module {Module}'s files (Derivatives.cs, Logistic.cs, Rules.cs): wrong module?"));
        Assert.That(Reports(outDir).Select(x => x.FeedbackId), Is.All.EqualTo(FeedbackIds.Load.Empty));
        var summary = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        Assert.That(summary["warnings"]!.Select(w => (string)w!), Has.One.Contains("wrong module?"));
    }

    [Test]
    public void Grade_of_the_wrong_module_says_so_even_when_quiet()
    {
        var r = Processes.Grader("grade", "02", "--submission", Path.Combine(_class, "alice"), "--quiet");

        Assert.That(r.Exit, Is.Zero, "grading worked; the report says what was wrong: " + r.Output);
        Assert.That(r.Stderr.Trim(), Does.StartWith("warning: None of module 02-multivariate-calculus's files were found in the submission: expected Numerical.cs, Analytic.cs.")
            .And.Contain($"It holds module {Module}'s files (Derivatives.cs, Logistic.cs, Rules.cs): wrong module?"));
    }

    [TestCase("class.zip", "Unzip it and give the folder.")]
    [TestCase("Derivatives.cs", "Give the folder that holds it.")]
    public void Grade_given_a_file_says_grade_takes_a_folder_and_batch_a_zip(string name, string advice)
    {
        var file = Path.Combine(_root, "given-" + name);
        File.WriteAllText(file, "not a folder");
        var r = Processes.Grader("grade", Module, "--submission", file);

        Assert.That(r.Exit, Is.EqualTo(2), r.Output);
        Assert.That(r.Stderr.Trim(), Is.EqualTo($"error: --submission {file} is a file: grade takes a folder; batch takes a .zip (of one folder per student). {advice}"));
    }
}
