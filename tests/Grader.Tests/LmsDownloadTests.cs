using System.IO.Compression;
using Grader.Batch;
using Grader.Exporters;
using Grader.Protocol;
using Grader.Reports;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>An LMS's "download all submissions" given to batch as it comes: Canvas's loose files
/// prefixed with each student's name and ids, Moodle's folder per student, Blackboard's attempts.
/// Each student is graded from their own files, and nothing a student handed in is left out.</summary>
[TestFixture]
public sealed class LmsDownloadTests
{
    private const string Module = "01-what-is-calculus";
    private string _root = "";

    private static string Reference => Path.Combine(Repo.Root, "reference", Module);

    private static string Partial => Path.Combine(Repo.GoldenRoot, Module, "partial", "submission");

    private static readonly string[] Files = ["Derivatives.cs", "Logistic.cs", "Rules.cs"];

    [SetUp]
    public void Make() => _root = Directory.CreateTempSubdirectory("grader-lms-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(_root, recursive: true);

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    [Test]
    [NonParallelizable]
    public void A_canvas_download_is_graded_student_by_student()
    {
        var download = Folder("canvas");
        // alice resubmitted Rules.cs, which Canvas names Rules-1.cs; bob was late with partial work;
        // carol handed in a zip of her folder; readme.txt is not a student's.
        foreach (var f in Files)
            File.Copy(Path.Combine(Reference, f), Path.Combine(download, $"smithalice_101_900{Array.IndexOf(Files, f)}_{(f == "Rules.cs" ? "Rules-1.cs" : f)}"));
        foreach (var f in Files)
            File.Copy(Path.Combine(Partial, f), Path.Combine(download, $"jonesbob_LATE_102_910{Array.IndexOf(Files, f)}_{f}"));
        ZipFile.CreateFromDirectory(Reference, Path.Combine(download, "leecarol_103_9200_homework.zip"), CompressionLevel.Fastest, includeBaseDirectory: true);
        File.WriteAllText(Path.Combine(download, "readme.txt"), "not a submission");
        var zip = Path.Combine(_root, "submissions.zip");
        ZipFile.CreateFromDirectory(download, zip);
        var outDir = Path.Combine(_root, "out");

        var r = Processes.Grader("batch", Module, "--submissions", zip, "--out", outDir);

        Assert.That(r.Exit, Is.Zero, r.Output);
        Assert.That(r.Stderr, Does.Contain("note: the submissions are a Canvas download: 3 students").And.Contain("ignored 1 file not named by the LMS for a student: readme.txt."));
        var reports = Directory.GetFiles(Path.Combine(outDir, "reports"), "*.json").Order().Select(f => JsonExporter.Read(File.ReadAllText(f))).ToList();
        Assert.That(reports.Select(x => x.Submission), Is.EqualTo(new[] { "jonesbob_102", "leecarol_103", "smithalice_101" }));
        Assert.That(reports.Select(x => x.Status), Is.All.EqualTo(ReportStatus.Graded));
        var (bob, carol, alice) = (reports[0], reports[1], reports[2]);
        Assert.That(alice.Tasks.Sum(t => t.Score), Is.EqualTo(alice.Tasks.Sum(t => t.MaxScore)), "the reference scores every task's points");
        Assert.That(alice.Notes, Has.Some.Contains("Rules-1.cs was graded in its place"));
        Assert.That(carol.Tasks.Sum(t => t.Score), Is.EqualTo(carol.Tasks.Sum(t => t.MaxScore)), "her zip was extracted and graded");
        Assert.That(bob.Tasks.Sum(t => t.Score), Is.LessThan(alice.Tasks.Sum(t => t.Score)), "bob's own partial work, not someone else's");
    }

    [Test]
    public void A_moodle_download_takes_each_students_folder_and_keeps_a_student_who_handed_in_only_text()
    {
        var download = Folder("moodle");
        var bob = Directory.CreateDirectory(Path.Combine(download, "Bob Smith_123456_assignsubmission_file_")).FullName;
        foreach (var f in Files) File.Copy(Path.Combine(Reference, f), Path.Combine(bob, f));
        var ann = Directory.CreateDirectory(Path.Combine(download, "Ann Lee_123457_assignsubmission_onlinetext_")).FullName;
        File.WriteAllText(Path.Combine(ann, "onlinetext.html"), "<p>I could not upload</p>");

        var set = SubmissionSource.Find(download, Path.Combine(_root, "out"));

        Assert.That(set.Error, Is.Null);
        Assert.That(set.Items.Select(i => i.Id), Is.EqualTo(new[] { "Ann Lee_123457", "Bob Smith_123456" }));
        Assert.That(Directory.GetFiles(set.Items[1].Folder).Select(Path.GetFileName).Order(), Is.EqualTo(Files));
        Assert.That(Directory.GetFiles(set.Items[0].Folder), Is.Empty, "online text is not code; Ann is still graded (for nothing handed in)");
        Assert.That(set.Notes, Has.Some.Contains("the submissions are a Moodle download: 2 students"));
    }

    [Test]
    public void A_blackboard_download_grades_each_students_last_attempt()
    {
        var download = Folder("blackboard");
        foreach (var f in Files)
        {
            File.WriteAllText(Path.Combine(download, $"Homework 1_jdoe_attempt_2026-02-27-10-00-00_{f}"), "// first attempt");
            File.Copy(Path.Combine(Reference, f), Path.Combine(download, $"Homework 1_jdoe_attempt_2026-03-01-23-10-05_{f}"));
        }
        File.WriteAllText(Path.Combine(download, "Homework 1_jdoe_attempt_2026-02-27-10-00-00.txt"), "Name: J Doe");
        File.WriteAllText(Path.Combine(download, "Homework 1_jdoe_attempt_2026-03-01-23-10-05.txt"), "Name: J Doe");

        var set = SubmissionSource.Find(download, Path.Combine(_root, "out"));

        Assert.That(set.Items.Select(i => i.Id), Is.EqualTo(new[] { "jdoe" }));
        var folder = set.Items[0].Folder;
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName).Order(), Is.EqualTo(Files));
        Assert.That(File.ReadAllText(Path.Combine(folder, "Rules.cs")), Is.EqualTo(File.ReadAllText(Path.Combine(Reference, "Rules.cs"))), "the last attempt's file");
        Assert.That(set.Notes, Has.Some.Contains("1 earlier attempt was left out"));
    }

    [Test]
    public void A_class_folder_with_a_stray_file_that_looks_like_an_lms_name_is_still_one_folder_per_student()
    {
        var download = Folder("class");
        foreach (var s in new[] { "alice", "bob" }) Directory.CreateDirectory(Path.Combine(download, s));
        File.WriteAllText(Path.Combine(download, "notes_2026_01_plan.txt"), "");

        var set = SubmissionSource.Find(download, Path.Combine(_root, "out"));

        Assert.That(set.Items.Select(i => i.Id), Is.EqualTo(new[] { "alice", "bob" }));
        Assert.That(set.Notes, Is.Empty);
    }

    [Test]
    public void A_students_zip_that_points_outside_its_folder_is_not_extracted_and_says_so()
    {
        var download = Folder("slip");
        var zip = Path.Combine(download, "evilmallory_104_9300_hw.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        using (var w = new StreamWriter(archive.CreateEntry("../../../escaped.cs").Open()))
            w.Write("// outside");

        var set = SubmissionSource.Find(download, Path.Combine(_root, "out"));

        Assert.That(set.Items.Select(i => i.Id), Is.EqualTo(new[] { "evilmallory_104" }));
        Assert.That(set.Notes, Has.Some.Contains("evilmallory_104: hw.zip contains an entry that points outside the archive"));
        Assert.That(Directory.GetFiles(_root, "escaped.cs", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void Names_whose_file_part_is_dots_cannot_reach_another_students_folder()
    {
        var download = Folder("dots");
        foreach (var f in Files) File.Copy(Path.Combine(Reference, f), Path.Combine(download, $"alphaann_101_900_{f}"));
        ZipFile.CreateFromDirectory(Reference, Path.Combine(download, "evilmal_102_901_...zip"));
        File.WriteAllText(Path.Combine(download, "evilmal_102_902_.."), "x");
        foreach (var f in Files) File.Copy(Path.Combine(Reference, f), Path.Combine(download, $"zuluzed_103_903_{f}"));

        var set = SubmissionSource.Find(download, Path.Combine(_root, "out"));

        Assert.That(set.Error, Is.Null);
        Assert.That(set.Items.Select(i => i.Id), Is.EqualTo(new[] { "alphaann_101", "evilmal_102", "zuluzed_103" }));
        foreach (var item in new[] { set.Items[0], set.Items[2] })
            Assert.That(Directory.GetFiles(item.Folder).Select(Path.GetFileName).Order(), Is.EqualTo(Files), item.Id + "'s files are all there");
        Assert.That(set.Notes, Has.Some.Contains("evilmal_102_902_.."), "the '..' name is listed as left out");
    }

    [Test]
    public void A_blackboard_username_with_an_underscore_is_read_from_the_attempt_record()
    {
        var download = Folder("bb-underscore");
        foreach (var (user, stamp) in new[] { ("anna_smith", "2026-03-01-21-00-00"), ("ben_smith", "2026-03-01-22-00-00") })
        {
            foreach (var f in Files) File.Copy(Path.Combine(Reference, f), Path.Combine(download, $"Homework 1_{user}_attempt_{stamp}_{f}"));
            File.WriteAllText(Path.Combine(download, $"Homework 1_{user}_attempt_{stamp}.txt"), $"Name: Someone ({user})\nAssignment: Homework 1\n");
        }

        var set = SubmissionSource.Find(download, Path.Combine(_root, "out"));

        Assert.That(set.Items.Select(i => i.Id), Is.EqualTo(new[] { "anna_smith", "ben_smith" }));
        Assert.That(set.Notes, Has.None.Contains("earlier attempt"));
    }

    [Test]
    public void Lms_named_code_beside_a_folder_that_is_not_is_left_out_with_a_note()
    {
        var download = Folder("mixed");
        foreach (var f in Files) File.Copy(Path.Combine(Reference, f), Path.Combine(download, $"smithbob_340934_900_{f}"));
        Directory.CreateDirectory(Path.Combine(download, "smithbob_340934_208490299_extracted"));

        var set = SubmissionSource.Find(download, Path.Combine(_root, "out"));

        Assert.That(set.Items.Select(i => i.Id), Is.EqualTo(new[] { "smithbob_340934_208490299_extracted" }));
        Assert.That(set.Notes, Has.One.StartsWith("3 files named by an LMS for a student (smithbob_340934_900_Derivatives.cs"));
    }
}
