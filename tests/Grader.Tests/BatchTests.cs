using Grader.Protocol;
using System.Diagnostics;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The batch command as an instructor runs it (a separate process): interrupted with
/// kill -9 and resumed, every submission is graded exactly once and the gradebook equals an
/// uninterrupted run's; two shards merged equal one unsharded run.</summary>
[TestFixture]
[NonParallelizable]
public sealed class BatchTests
{
    private const string Module = "01-what-is-calculus";
    private static readonly string[] Mix =
        ["correct-alt-1", "wrong-divides-by-h", "partial", "compile-error", "correct-alt-2", "wrong-product-rule", "wrong-sigmoid-overflow"];

    private string _root = "";
    private string _corpus = "";

    [OneTimeSetUp]
    public void MakeCorpus()
    {
        _root = Directory.CreateTempSubdirectory("grader-batch-").FullName;
        _corpus = Path.Combine(_root, "submissions");
        var golden = Path.Combine(Repo.GoldenRoot, Module);
        // The reference, with its quiz answers, is the one full-marks submission in the mix.
        var sources = Mix.Select(c => Path.Combine(golden, c, "submission")).Append(Path.Combine(Repo.Root, "reference", Module)).ToList();
        Assert.That(sources.Where(d => !Directory.Exists(d)), Is.Empty, "every case of the mix exists");
        for (var i = 0; i < 12; i++)
        {
            var dir = Directory.CreateDirectory(Path.Combine(_corpus, $"student-{i:00}")).FullName;
            var from = sources[i % sources.Count];
            foreach (var f in Directory.GetFiles(from, "*.cs").Concat(Directory.GetFiles(from, "quiz-answers.txt")))
                File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_root, recursive: true);

    private static (int exit, string stdout, string stderr) Cli(params string[] args)
    {
        var r = Processes.Grader(args);
        return (r.Exit, r.Stdout, r.Stderr);
    }

    private string Batch(string name, params string[] extra)
    {
        var outDir = Path.Combine(_root, name);
        var (exit, stdout, stderr) = Cli(["batch", Module, "--submissions", _corpus, "--out", outDir, .. extra]);
        Assert.That(exit, Is.Zero, stdout + stderr);
        return outDir;
    }

    private static string Gradebook(string outDir) => File.ReadAllText(Path.Combine(outDir, "gradebook.csv"));

    [Test]
    public void Killed_with_sigkill_then_resumed_grades_each_submission_once_and_gives_the_same_gradebook()
    {
        var reference = Batch("uninterrupted");

        var outDir = Path.Combine(_root, "interrupted");
        using (var p = Processes.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "grader.dll"), "batch", Module, "--submissions", _corpus, "--out", outDir, "-j", "1", "--course", Repo.Root]))
        {
            var reports = Path.Combine(outDir, "reports");
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(60) && (!Directory.Exists(reports) || Directory.GetFiles(reports, "*.json").Length < 3))
                Thread.Sleep(50);
            p.Kill(entireProcessTree: false); // SIGKILL, like kill -9: no chance to clean up
            p.WaitForExit();
        }
        var before = Directory.GetFiles(Path.Combine(outDir, "reports"), "*.json").Select(File.ReadAllText).ToList();
        Assert.That(before, Has.Count.GreaterThanOrEqualTo(3).And.Count.LessThan(12), "the batch was interrupted part-way");
        var stamps = Directory.GetFiles(Path.Combine(outDir, "reports"), "*.json").ToDictionary(f => f, File.GetLastWriteTimeUtc);
        // What a kill in the middle of writing a report leaves (the kill above rarely lands there).
        File.WriteAllText(Path.Combine(outDir, "reports", "student-11.json.tmp-99999"), "{ \"mod");

        var (exit, stdout, stderr) = Cli("batch", Module, "--submissions", _corpus, "--out", outDir);
        Assert.That(exit, Is.Zero, stdout + stderr);
        Assert.That(stderr, Does.Contain($"resuming: {before.Count} of 12 already graded"));
        Assert.That(stdout, Does.Contain($"now {12 - before.Count}, before {before.Count}"));
        foreach (var (file, stamp) in stamps)
            Assert.That(File.GetLastWriteTimeUtc(file), Is.EqualTo(stamp), $"{Path.GetFileName(file)} was graded again");
        Assert.That(Directory.GetFiles(Path.Combine(outDir, "reports")), Has.Length.EqualTo(12), "no temporary files left behind");
        Assert.That(Gradebook(outDir), Is.EqualTo(Gradebook(reference)));
    }

    [Test]
    public void Two_shards_merged_give_the_same_gradebook_as_one_run()
    {
        var whole = Batch("whole");
        var a = Batch("shard1", "--shard", "1/2");
        var b = Batch("shard2", "--shard", "2/2");
        var countA = Directory.GetFiles(Path.Combine(a, "reports")).Length;
        var countB = Directory.GetFiles(Path.Combine(b, "reports")).Length;
        Assert.That(countA + countB, Is.EqualTo(12));
        Assert.That(countA, Is.GreaterThan(0).And.LessThan(12), "both shards get work");

        var merged = Path.Combine(_root, "merged");
        var (exit, stdout, stderr) = Cli("merge", "--out", merged, a, b);
        Assert.That(exit, Is.Zero, stdout + stderr);
        Assert.That(Gradebook(merged), Is.EqualTo(Gradebook(whole)));
    }

    [Test]
    public void The_summary_agrees_with_the_reports_and_the_csv_has_one_row_per_student()
    {
        var outDir = Batch("summary", "--format", "junit", "--format", "markdown");
        var reports = Directory.GetFiles(Path.Combine(outDir, "reports")).Select(f => Exporters.JsonExporter.Read(File.ReadAllText(f))).ToList();
        var scores = reports.Select(r => r.Score).Order().ToList();
        var summary = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)summary["submissions"]!, Is.EqualTo(12));
            Assert.That((double)summary["mean"]!, Is.EqualTo(Math.Round(scores.Average(), 3)));
            Assert.That((double)summary["median"]!, Is.EqualTo((scores[5] + scores[6]) / 2));
            Assert.That((double)summary["min"]!, Is.EqualTo(scores[0]));
            Assert.That((double)summary["max"]!, Is.EqualTo(scores[^1]));
            Assert.That((int)summary["full_marks"]!, Is.EqualTo(reports.Count(r => r.Score == r.MaxScore)).And.GreaterThan(0));
            Assert.That(summary["by_status"]!.ToObject<Dictionary<string, int>>(),
                Is.EquivalentTo(reports.GroupBy(r => r.Status.ToWire()).ToDictionary(g => g.Key, g => g.Count())));
            // Every test's pass count, recounted from the reports.
            var tests = reports.SelectMany(r => r.Tests).GroupBy(t => t.Name).ToList();
            Assert.That(summary["tests"]!.Select(t => ((string)t["name"]!, (int)t["passed"]!, (int)t["total"]!)),
                Is.EquivalentTo(tests.Select(g => (g.Key, g.Count(t => t.Status == TestStatus.Passed), g.Count()))));
            // Catalogued mistakes: students per mistake id (a student counts once per id).
            var mistakes = reports.SelectMany(r => r.Tests.Select(t => t.FeedbackId).Where(Grader.Batch.MistakeTally.IsMistake).Distinct())
                .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
            Assert.That(summary["mistakes"]!.ToDictionary(m => (string)m["id"]!, m => (int)m["students"]!), Is.EquivalentTo(mistakes));
            Assert.That(File.ReadAllText(Path.Combine(outDir, "summary.md")), Does.Contain("## Mistakes seen"));
        }

        var lines = Gradebook(outDir).TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(13));
        Assert.That(lines[0], Does.StartWith("id,score,max_score,percent,status,").And.EndWith(",quiz (4)"));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[^1]), Has.Some.EqualTo("4").And.Some.EqualTo("0"), "quiz points per student");
        foreach (var r in reports)
            Assert.That(lines, Has.One.StartsWith($"{r.Submission},{r.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)},"));
        var html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        // Self-contained: the sorting script is inline, nothing is fetched.
        Assert.That(html, Does.Contain("<svg").And.Contain("student-00").And.Not.Contain("<script src").And.Not.Contain("http"));

        // Each student's page, where the class report links, with the plots of their results inline.
        Assert.That(Directory.GetFiles(Path.Combine(outDir, "students")).Select(Path.GetFileName), Is.EquivalentTo(reports.Select(r => r.Submission + ".html")));
        var plotted = reports.Where(r => r.Tests.Any(t => t.Figures is { Count: > 0 })).ToList();
        Assert.That(plotted, Is.Not.Empty);
        foreach (var r in plotted)
            Assert.That(File.ReadAllText(Path.Combine(outDir, "students", r.Submission + ".html")), Does.Contain("<svg").And.Contain("Plots of your results").And.Not.Contain("<script"));
        foreach (var r in plotted)
            Assert.That(File.Exists(Path.Combine(outDir, "markdown", r.Submission + "-plots", "01-m01.fd-error.svg")), r.Submission);

        // --format writes every report once per format, named after the submission.
        foreach (var (format, ext) in new[] { ("junit", ".xml"), ("markdown", ".md") })
            Assert.That(Directory.GetFiles(Path.Combine(outDir, format)).Select(Path.GetFileName),
                Is.EquivalentTo(reports.Select(r => r.Submission + ext)), format);
    }

    [Test]
    public void Merging_batches_of_different_modules_is_refused()
    {
        var a = Batch("module-a", "--shard", "1/2");
        // A copy of the other shard whose reports claim another module.
        var b = Path.Combine(_root, "module-b", "reports");
        Directory.CreateDirectory(b);
        var source = Batch("module-b-source", "--shard", "2/2");
        foreach (var f in Directory.GetFiles(Path.Combine(source, "reports")))
            File.WriteAllText(Path.Combine(b, Path.GetFileName(f)), File.ReadAllText(f).Replace($"\"module\": \"{Module}\"", "\"module\": \"02-multivariate-calculus\"", StringComparison.Ordinal));
        File.Copy(Path.Combine(source, "shard.json"), Path.Combine(_root, "module-b", "shard.json"));

        var (exit, _, stderr) = Cli("merge", "--out", Path.Combine(_root, "mixed"), a, Path.GetDirectoryName(b)!);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("the shards grade different modules (01-what-is-calculus and 02-multivariate-calculus"));
        Assert.That(stderr, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void Merging_an_incomplete_or_repeated_set_of_shards_is_refused_and_writes_nothing()
    {
        var one = Batch("of3-1", "--shard", "1/3");
        var two = Batch("of3-2", "--shard", "2/3");
        var copy = Path.Combine(_root, "of3-2-copy");
        foreach (var f in Directory.GetFiles(two, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, Path.GetRelativePath(two, f)))!);
            File.Copy(f, Path.Combine(copy, Path.GetRelativePath(two, f)));
        }

        var missing = Path.Combine(_root, "merged-missing");
        var (exit, stdout, stderr) = Cli("merge", "--out", missing, one, two);
        Assert.That(exit, Is.EqualTo(2), stdout + stderr);
        Assert.That(stderr.Trim(), Is.EqualTo("error: shard 3/3 is missing: merge needs all 3 shards (run `batch --shard i/3` for the missing ones, then merge again)."));
        Assert.That(Directory.GetFileSystemEntries(missing), Is.Empty, "no gradebook from part of the class");

        var twice = Path.Combine(_root, "merged-twice");
        (exit, stdout, stderr) = Cli("merge", "--out", twice, one, two, copy);
        Assert.That(exit, Is.EqualTo(2), stdout + stderr);
        Assert.That(stderr.Trim(), Is.EqualTo($"error: shard 2/3 is given more than once ({two}, {copy}); give each shard once."));
        Assert.That(Directory.GetFileSystemEntries(twice), Is.Empty);
    }

    [Test]
    public void Merging_a_shard_whose_run_did_not_finish_is_refused()
    {
        var one = Batch("unfinished-1", "--shard", "1/2");
        var two = Batch("unfinished-2", "--shard", "2/2");
        // What a shard killed part-way looks like: its run never wrote shard.json.
        File.Delete(Path.Combine(two, "shard.json"));
        var (exit, stdout, stderr) = Cli("merge", "--out", Path.Combine(_root, "merged-unfinished"), one, two);
        Assert.That(exit, Is.EqualTo(2), stdout + stderr);
        Assert.That(stderr.Trim(), Does.StartWith($"error: {two} has no shard.json (written when a `batch` run finishes)"));
    }

    [Test]
    public void A_missing_submissions_folder_is_a_clear_error()
    {
        var (exit, _, stderr) = Cli("batch", Module, "--submissions", Path.Combine(_root, "nope"), "--out", Path.Combine(_root, "x"));
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("is neither a folder nor a .zip file"));
        Assert.That(stderr, Does.Not.Contain("   at "), "no stack trace");
    }
}
