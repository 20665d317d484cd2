using Grader.Batch;
using Grader.Exporters;
using Grader.Modules;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>A regrade as an instructor runs it, on a copy of module 01 in a temporary course: batch,
/// change a hidden test (a test's points) and rebuild, batch again. Only the stale reports are graded
/// again, the old ones are kept byte for byte under history/, and changes.csv names exactly the
/// students whose score moved, the test that moved it and why.</summary>
[TestFixture]
[NonParallelizable]
public sealed class RegradeTests
{
    private const string Module = "01-what-is-calculus";
    private const string ChangedTest = "ProductRuleTests.ProductRule_OfXCubedTimesSinX";

    /// <summary>Student → golden case. The two correct ones pass the changed test, the wrong one fails
    /// it, the compile error runs nothing: only the first two can move.</summary>
    private static readonly Dictionary<string, string> Students = new()
    {
        ["ada"] = "reference", ["bob"] = "correct-alt-1", ["cyd"] = "wrong-product-rule", ["dee"] = "compile-error",
    };

    private string _root = "";
    private string _course = "";
    private string _corpus = "";

    [OneTimeSetUp]
    public void MakeCourse()
    {
        _root = Directory.CreateTempSubdirectory("grader-regrade-").FullName;
        _course = Path.Combine(_root, "course");
        foreach (var f in new[] { "Assignments.sln", "Directory.Build.props", "Directory.Packages.props", ".editorconfig" })
            File.Copy(Path.Combine(Repo.Root, f), Parent(Path.Combine(_course, f)));
        foreach (var d in new[] { $"assignments/{Module}", $"reference/{Module}", $"tests/{Module}", "tests/Calculus.TestSupport" })
            CopyTree(Path.Combine(Repo.Root, d), Path.Combine(_course, d));
        // The hidden tests' build is copied, not rebuilt: it is the build of these very sources.
        CopyTree(Path.Combine(Repo.Root, "tests", Module, "bin"), Path.Combine(_course, "tests", Module, "bin"), withBuild: true);

        _corpus = Path.Combine(_root, "submissions");
        foreach (var (student, golden) in Students)
        {
            var to = Directory.CreateDirectory(Path.Combine(_corpus, student)).FullName;
            foreach (var f in Submission(golden))
                File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        }
    }

    /// <summary>A golden case's files; the reference case is the reference solution with its quiz answers.</summary>
    private static IEnumerable<string> Submission(string golden)
    {
        var from = golden == "reference" ? Path.Combine(Repo.Root, "reference", Module) : Path.Combine(Repo.GoldenRoot, Module, golden, "submission");
        return Directory.GetFiles(from, "*.cs").Concat(Directory.GetFiles(from, "quiz-answers.txt"));
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_root, recursive: true);

    private Processes.Result Batch(string outDir, params string[] extra) =>
        Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "grader.dll"), "batch", Module, "--submissions", _corpus, "--out", outDir, "--course", _course, .. extra]);

    private static Dictionary<string, string> Reports(string folder) =>
        Directory.GetFiles(folder, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    [Test]
    public void A_changed_hidden_test_regrades_the_class_lists_the_students_it_moved_and_keeps_the_old_reports()
    {
        var outDir = Path.Combine(_root, "results");
        var first = Batch(outDir);
        Assert.That(first.Exit, Is.Zero, first.Output);
        var original = Reports(Path.Combine(outDir, "reports"));
        Assert.That(original, Has.Count.EqualTo(4));

        // The fingerprint hashes sources, not paths: this copy of the course fingerprints as the repository does.
        var here = JsonExporter.Read(original["ada.json"]).Run;
        var (repoModule, error) = Repo.Catalog.Find(Module);
        Assert.That(error, Is.Null);
        Assert.That(here.Fingerprint, Is.EqualTo(ModuleFingerprint.Of(ModuleFingerprint.Parts(repoModule!))));
        Assert.That(here.FingerprintParts!.QuizKey, Is.Not.Null, "module 01 has a quiz");
        // The grader's own sources are part of it: a grader fix makes stored reports stale too.
        Assert.That(here.FingerprintParts.Grader, Does.Match("^" + System.Text.RegularExpressions.Regex.Escape(GraderInfo.Version) + @"\+[0-9a-f]{12}$"));
        Assert.That(SchemaTests.Errors(original["ada.json"]), Is.Empty, "the fingerprint is in the published schema");

        var again = Batch(outDir);
        Assert.That(again.Exit, Is.Zero, again.Output);
        Assert.That(again.Stderr, Does.Contain("nothing left to grade"));
        Assert.That(Directory.Exists(Path.Combine(outDir, ReportHistory.FolderName)), Is.False, "nothing replaced, nothing kept");
        Assert.That(Reports(Path.Combine(outDir, "reports")), Is.EqualTo(original), "current reports are not graded again");

        ChangeHiddenTestPoints(from: 1, to: 3);
        var regrade = Batch(outDir);
        Assert.That(regrade.Exit, Is.Zero, regrade.Output);
        Assert.That(regrade.Stderr, Does.Contain("regrading: 4 stale"));
        Assert.That(regrade.Stdout, Does.Contain("regraded 4: the score of 2 changed"));

        var history = Directory.GetDirectories(Path.Combine(outDir, ReportHistory.FolderName)).Single();
        Assert.That(Reports(Path.Combine(history, "reports")), Is.EqualTo(original), "the previous reports, byte for byte");
        Assert.That(File.Exists(Path.Combine(history, "gradebook.csv")), "the previous gradebook is kept with them");

        var rows = Csv(Path.Combine(outDir, ChangesFiles.Csv));
        Assert.That(rows.Select(r => r["student"]).Distinct(), Is.EquivalentTo(new[] { "ada", "bob" }), "only the students who pass the changed test");
        // Expected scores from the golden reports, so a later change to module 01 keeps this test true.
        var (ada, bob, cyd) = (Golden("reference").Score, Golden("correct-alt-1").Score, Golden("wrong-product-rule").Score);
        var task = Golden("reference").Tasks.Single(t => t.Id == "product-rule").MaxScore;
        Assert.That(rows.Single(r => r["student"] == "ada" && r["scope"] == "total"), Is.EqualTo(Row("ada", "total", "", N(ada), N(ada + 2), "2", "hidden tests changed")));
        Assert.That(rows.Single(r => r["student"] == "bob" && r["scope"] == "total"), Is.EqualTo(Row("bob", "total", "", N(bob), N(bob + 2), "2", "hidden tests changed")));
        foreach (var student in new[] { "ada", "bob" })
        {
            Assert.That(rows.Single(r => r["student"] == student && r["scope"] == "test"), Is.EqualTo(Row(student, "test", ChangedTest, "1", "3", "2", "test worth 1 → 3")));
            Assert.That(rows.Single(r => r["student"] == student && r["scope"] == "task"), Is.EqualTo(Row(student, "task", "product-rule", N(task), N(task + 2), "2", $"task worth {N(task)} → {N(task + 2)}")));
        }
        var markdown = File.ReadAllText(Path.Combine(outDir, ChangesFiles.Markdown));
        Assert.That(markdown, Does.Contain("4 submissions graded again; the score of 2 changed").And.Contain($"## ada: {N(ada)} → {N(ada + 2)}").And.Not.Contain("## cyd"));
        Assert.That(File.ReadAllText(Path.Combine(history, ChangesFiles.Csv)), Is.EqualTo(File.ReadAllText(Path.Combine(outDir, ChangesFiles.Csv))), "the changes stay with the reports they replaced");
        Assert.That(File.ReadAllText(Path.Combine(outDir, "gradebook.csv")), Does.Contain($"ada,{N(ada + 2)},").And.Contain($"cyd,{N(cyd)},"));

        // Forced with nothing changed: everyone graded again, no score moves, the first history stays.
        var regradedReports = Reports(Path.Combine(outDir, "reports"));
        var forced = Batch(outDir, "--regrade");
        Assert.That(forced.Exit, Is.Zero, forced.Output);
        Assert.That(forced.Stderr, Does.Contain("regrading: 0 stale (graded with another fingerprint), 4 forced by --regrade"));
        Assert.That(Directory.GetDirectories(Path.Combine(outDir, ReportHistory.FolderName)), Has.Length.EqualTo(2));
        Assert.That(Reports(Path.Combine(history, "reports")), Is.EqualTo(original), "an earlier history is never touched");
        var second = Directory.GetDirectories(Path.Combine(outDir, ReportHistory.FolderName)).Single(d => d != history);
        Assert.That(Reports(Path.Combine(second, "reports")), Is.EqualTo(regradedReports));
        Assert.That(File.ReadAllText(Path.Combine(outDir, ChangesFiles.Markdown)), Does.Contain("No score changed."));
        Assert.That(Csv(Path.Combine(outDir, ChangesFiles.Csv)), Is.Empty);
    }

    /// <summary>Edits the [Points] of <see cref="ChangedTest"/> in the course copy and rebuilds its hidden tests.</summary>
    private void ChangeHiddenTestPoints(int from, int to)
    {
        var file = Path.Combine(_course, "tests", Module, "RuleTests.cs");
        var text = File.ReadAllText(file);
        var method = text.IndexOf("public void ProductRule_OfXCubedTimesSinX", StringComparison.Ordinal);
        var attribute = text.LastIndexOf($"[Test, Points({from}), Task(\"product-rule\")]", method, StringComparison.Ordinal);
        Assert.That(attribute, Is.GreaterThan(0), "the test to change is where this test expects it");
        File.WriteAllText(file, text[..attribute] + $"[Test, Points({to}), Task(\"product-rule\")]" + text[(attribute + $"[Test, Points({from}), Task(\"product-rule\")]".Length)..]);
        var build = Processes.Run("dotnet", ["build", Path.Combine(_course, "tests", Module), "-c", CourseLayout.Configuration, "-nologo", "-v", "q"]);
        Assert.That(build.Exit, Is.Zero, build.Output);
    }

    private static Reports.GradeReport Golden(string name) =>
        JsonExporter.Read(File.ReadAllText(Path.Combine(Repo.GoldenRoot, Module, name, "expected.json")));

    private static string N(double v) => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Row(string student, string scope, string name, string before, string after, string delta, string why) =>
        new() { ["student"] = student, ["scope"] = scope, ["name"] = name, ["before"] = before, ["after"] = after, ["delta"] = delta, ["why"] = why };

    /// <summary>changes.csv as rows (its fields hold no commas or quotes in this course).</summary>
    private static List<Dictionary<string, string>> Csv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    /// <summary>The path, its folder created.</summary>
    private static string Parent(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static void CopyTree(string from, string to, bool withBuild = false)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(from, file);
            if (!withBuild && rel.Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj")) continue;
            File.Copy(file, Parent(Path.Combine(to, rel)));
        }
    }
}
