using Grader.Exporters;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Hand adjustments and the late policy as an instructor uses them (the real command line):
/// both land in the gradebook, in each exported report (with the comment and who made it), survive
/// a regrade untouched, and never enter the stored reports; every bad input stops the batch with
/// exit code 2 and the file and line (or setting) to fix.</summary>
[TestFixture]
[NonParallelizable]
public sealed class AdjustmentTests
{
    private const string Module = "01-what-is-calculus";

    /// <summary>The late policy through GRADER_* variables, as grader.json's "Late" section would set it.</summary>
    private static readonly Dictionary<string, string> Late = new()
    {
        ["GRADER_LATE__DEADLINE"] = "2026-03-01T23:59:00Z",
        ["GRADER_LATE__GRACEMINUTES"] = "15",
        ["GRADER_LATE__PENALTYPERCENTPERDAY"] = "10",
        ["GRADER_LATE__MAXPENALTYPERCENT"] = "25",
        ["GRADER_LATE__EXTENSIONS__bob"] = "2026-03-03T23:59:00Z",
    };

    // Scores from the golden reports, so a later change to module 01 keeps this test true.
    private static double Ada => Golden("reference").Score;
    private static double Bob => Golden("correct-alt-1").Score;
    private static double Cyd => Golden("wrong-product-rule").Score;

    private static Reports.GradeReport Golden(string name) =>
        JsonExporter.Read(File.ReadAllText(Path.Combine(Repo.GoldenRoot, Module, name, "expected.json")));

    private static string N(double v) => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private string _root = "";
    private string _corpus = "";
    private string _roster = "";

    [OneTimeSetUp]
    public void MakeClass()
    {
        _root = Directory.CreateTempSubdirectory("grader-adjust-").FullName;
        _corpus = Path.Combine(_root, "submissions");
        // ada full marks, bob a correct solution without the quiz, cyd fails the product-rule tests.
        foreach (var (student, golden) in new[] { ("ada", "reference"), ("bob", "correct-alt-1"), ("cyd", "wrong-product-rule") })
        {
            var to = Directory.CreateDirectory(Path.Combine(_corpus, student)).FullName;
            foreach (var f in Submission(golden))
                File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        }
        // cyd is not in the roster: the time is the last commit of the repository, 2 days 31 minutes late.
        Git("init", "-q");
        Git("add", ".");
        Git("-c", "user.name=cyd", "-c", "user.email=cyd@example.org", "commit", "-q", "-m", "solution");
        // ada: 11 minutes late, inside the grace; bob: a day late, inside his extension.
        _roster = Write("roster.csv", "student,submitted_at\nada,2026-03-02T00:10:00Z\nbob,2026-03-03T12:00:00Z\n");
    }

    private void Git(params string[] args)
    {
        var env = new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = "2026-03-04T00:30:00Z", ["GIT_COMMITTER_DATE"] = "2026-03-04T00:30:00Z" };
        var r = Processes.Run("git", ["-C", Path.Combine(_corpus, "cyd"), .. args], env: env);
        Assert.That(r.Exit, Is.Zero, r.Output);
    }

    /// <summary>A golden case's files; the reference case is the reference solution with its quiz answers.</summary>
    private static IEnumerable<string> Submission(string golden)
    {
        var from = golden == "reference" ? Path.Combine(Repo.Root, "reference", Module) : Path.Combine(Repo.GoldenRoot, Module, golden, "submission");
        return Directory.GetFiles(from, "*.cs").Concat(Directory.GetFiles(from, "quiz-answers.txt"));
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_root, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private Processes.Result Batch(string outDir, IReadOnlyDictionary<string, string>? env, params string[] extra) =>
        Processes.Grader(env ?? new Dictionary<string, string>(), ["batch", Module, "--submissions", _corpus, "--out", outDir, .. extra]);

    private static Dictionary<string, Dictionary<string, string>> Gradebook(string outDir)
    {
        var lines = File.ReadAllLines(Path.Combine(outDir, "gradebook.csv"));
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToDictionary(r => r["id"]);
    }

    [Test]
    public void Adjustments_and_late_penalties_reach_the_gradebook_and_reports_and_survive_a_regrade()
    {
        var outDir = Path.Combine(_root, "results");
        Directory.CreateDirectory(outDir);
        // In the results folder, where the batch finds it without an option.
        var adjustments = Path.Combine(outDir, "adjustments.csv");
        File.WriteAllText(adjustments,
            "student,target,points,override,comment,who\n" +
            "ada,total,-3,,\"shared code, see the integrity case\",prof\n" +
            $"bob,total,,{N(Bob - 1)},regrade request accepted,prof\n" +
            "cyd,ProductRuleTests.ProductRule_OfXCubedTimesSinX,,1,sign convention accepted,TA Kim\n");
        var run = Batch(outDir, Late, "--submitted-at", _roster, "--format", "markdown", "--format", "json");
        Assert.That(run.Exit, Is.Zero, run.Output);

        var book = Gradebook(outDir);
        Assert.That(book["ada"]["score"], Is.EqualTo(N(Ada - 3)), "3 taken away; 11 minutes late is within the grace");
        Assert.That((book["ada"]["adjustments"], book["ada"]["days_late"], book["ada"]["late_penalty"]), Is.EqualTo(("-3", "0", "0")));
        Assert.That(book["bob"]["score"], Is.EqualTo(N(Bob - 1)), "overridden; on time within his extension");
        Assert.That((book["bob"]["adjustments"], book["bob"]["deadline"], book["bob"]["days_late"]), Is.EqualTo(("-1", "2026-03-03T23:59:00Z", "0")));
        // cyd: + 1 (the test set to 1 of 1), then 3 started days late → 30 %, capped at 25 % of that.
        var penalty = 0.25 * (Cyd + 1);
        Assert.That(book["cyd"]["score"], Is.EqualTo(N(Cyd + 1 - penalty)));
        Assert.That((book["cyd"]["adjustments"], book["cyd"]["submitted_at"], book["cyd"]["days_late"], book["cyd"]["late_penalty"]),
            Is.EqualTo(("1", "2026-03-04T00:30:00Z", "3", N(-penalty))));
        var productRule = Golden("wrong-product-rule").Tasks.Single(t => t.Id == "product-rule");
        Assert.That(book["cyd"][$"product-rule ({N(productRule.MaxScore)})"], Is.EqualTo(N(productRule.Score + 1)), "the adjusted test counts in its task");

        var feedback = File.ReadAllText(Path.Combine(outDir, "markdown", "cyd.md"));
        Assert.That(feedback, Does.Contain($"**Score: {N(Cyd + 1 - penalty)} / {N(Golden("reference").MaxScore)}**").And.Contain("### Adjustments")
            .And.Contain("| ProductRuleTests.ProductRule_OfXCubedTimesSinX | set to 1 (+1) | sign convention accepted | TA Kim |")
            .And.Contain($"| late | {N(-penalty)} | 3 days late (submitted 2026-03-04 00:30Z, deadline 2026-03-01 23:59Z): −25% | late policy |"));
        Assert.That(SchemaTests.Errors(File.ReadAllText(Path.Combine(outDir, "json", "cyd.json"))), Is.Empty, "adjustments and late are in the published schema");
        var json = JsonExporter.Read(File.ReadAllText(Path.Combine(outDir, "json", "cyd.json")));
        Assert.That(json.Late!.Source, Is.EqualTo("git"));
        Assert.That(json.Adjustments!.Select(a => (a.Target, a.Delta)), Is.EqualTo(new[] { ("ProductRuleTests.ProductRule_OfXCubedTimesSinX", 1.0), ("late", -penalty) }));
        Assert.That(JsonExporter.Read(File.ReadAllText(Path.Combine(outDir, "json", "bob.json"))).Late!.Extension, Is.True);

        // The stored reports are the grader's alone: a regrade recomputes them and the overlay applies again.
        Assert.That(JsonExporter.Read(File.ReadAllText(Path.Combine(outDir, "reports", "cyd.json"))), Has.Property("Score").EqualTo(Cyd).And.Property("Adjustments").Null);
        var before = File.ReadAllText(Path.Combine(outDir, "gradebook.csv"));
        var adjustmentsBefore = File.ReadAllBytes(adjustments);
        var regrade = Batch(outDir, Late, "--submitted-at", _roster, "--regrade");
        Assert.That(regrade.Exit, Is.Zero, regrade.Output);
        Assert.That(File.ReadAllBytes(adjustments), Is.EqualTo(adjustmentsBefore), "the adjustments file is never written");
        Assert.That(File.ReadAllText(Path.Combine(outDir, "gradebook.csv")), Is.EqualTo(before), "the same grades after a regrade");

        // A sharded class joined by merge gets the same adjustments (its late times from the roster only).
        var merged = Path.Combine(_root, "merged");
        var merge = Processes.Grader(Late, "merge", "--out", merged, outDir, "--adjustments", adjustments, "--submitted-at", _roster);
        Assert.That(merge.Exit, Is.Zero, merge.Output);
        var mergedBook = Gradebook(merged);
        Assert.That((mergedBook["ada"]["score"], mergedBook["ada"]["adjustments"]), Is.EqualTo((N(Ada - 3), "-3")));
        Assert.That((mergedBook["cyd"]["score"], mergedBook["cyd"]["days_late"]), Is.EqualTo((N(Cyd + 1), "")), "no roster row and no repository at hand: not penalised");
    }

    public static IEnumerable<TestCaseData> BadInputs()
    {
        const string head = "student,target,points,override,comment,who\n";
        yield return new TestCaseData("adjustments.csv", head + "ada,total,1,,ok,prof\nzed,total,1,,typo,prof\n", "adjustments.csv:3: unknown student 'zed'").SetName("adjustments: unknown student");
        yield return new TestCaseData("adjustments.csv", head + "ada,product-rules,1,,typo,prof\n", "adjustments.csv:2: unknown target 'product-rules'").SetName("adjustments: unknown task");
        yield return new TestCaseData("adjustments.csv", head + "ada,total,two,,typo,prof\n", "adjustments.csv:2: points 'two' is not a number").SetName("adjustments: malformed number");
        yield return new TestCaseData("adjustments.csv", head + "ada,total,1,30,both,prof\n", "adjustments.csv:2: give either points or override").SetName("adjustments: points and override");
        yield return new TestCaseData("adjustments.csv", "student,target,points,comment,who\n", "adjustments.csv:1: the header lacks the column override").SetName("adjustments: a missing column");
        // A stray quote must not swallow the rows after it (they would be silently lost).
        yield return new TestCaseData("adjustments.csv", head + "ada,total,1,,\"unclosed,prof\nbob,total,2,,ok,prof\n", "adjustments.csv:2: not a readable CSV file").SetName("adjustments: an unclosed quote");
        yield return new TestCaseData("roster.csv", "student,submitted_at\nada,2026-03-01T10:00:00Z\nbob,1st of March\n", "roster.csv:3: submitted_at '1st of March' is not a date").SetName("roster: malformed date");
        yield return new TestCaseData("roster.csv", "student,time\nada,2026-03-01T10:00:00Z\n", "roster.csv:1: the header lacks the column submitted_at").SetName("roster: a missing column");
    }

    [TestCaseSource(nameof(BadInputs))]
    public void A_bad_input_names_the_file_and_line_and_exits_2(string file, string text, string error)
    {
        // One results folder for every case: graded by the first, the others only read its reports.
        var outDir = Path.Combine(_root, "bad");
        // Beside, not over, the good roster the other test reads.
        var path = Write(Path.Combine("bad-inputs", file), text);
        var r = file == "roster.csv" ? Batch(outDir, Late, "--submitted-at", path) : Batch(outDir, null, "--adjustments", path);
        Assert.That(r.Exit, Is.EqualTo(2), r.Output);
        Assert.That(r.Stderr, Does.Contain("error: " + path.Replace(file, "") + error));
    }

    [Test]
    public void A_malformed_deadline_names_the_setting()
    {
        var r = Batch(Path.Combine(_root, "bad"), new Dictionary<string, string>(Late) { ["GRADER_LATE__DEADLINE"] = "next Friday" });
        Assert.That(r.Exit, Is.EqualTo(2), r.Output);
        Assert.That(r.Stderr, Does.Contain("grader.json Late:Deadline: 'next Friday' is not a date and time"));
    }
}
