using System.IO.Compression;
using System.Text;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>What a user reads, through the real commands: `check`'s whole failure messages and
/// its handling of a changed signature, JUnit for an empty submission, the Classroom job log's
/// total, and the class files of a batch whose folder names are hostile or not ASCII.</summary>
[TestFixture]
public sealed class FeedbackCommandTests
{
    private const string Slug = "01-what-is-calculus";
    private static readonly string Golden = Path.Combine(Repo.GoldenRoot, Slug);
    private string _root = "";

    [SetUp]
    public void SetUp() => _root = Directory.CreateTempSubdirectory("grader-feedback-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    /// <summary>The reference solution with one file's text replaced.</summary>
    private string Variant(string name, string file, string from, string to)
    {
        var dir = Path.Combine(_root, name);
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(Path.Combine(Repo.Root, "reference", Slug), "*.cs"))
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var path = Path.Combine(dir, file);
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(from), "the variant must change something");
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return dir;
    }

    [Test]
    public void Check_prints_every_expected_and_but_was_line_of_a_failure()
    {
        // Three calls of f and a halved quotient: two failed assertions in one test, six lines or more.
        var sub = Variant("wrong-central", "Derivatives.cs", "return (f(x + h) - f(x - h)) / (2 * h);", "f(x); return (f(x + h) - f(x - h)) / h;");
        var r = Processes.Grader("check", Slug, "--submission", sub);
        Assert.That(r.Exit, Is.EqualTo(3), r.Output);
        var failure = r.Stdout[r.Stdout.IndexOf("✘ CentralDifference_OfSin_IsCloseToCos_WithTwoCallsOfF", StringComparison.Ordinal)..];
        failure = failure[..failure.IndexOf("\n  ✘ Derivative_OfExp_IsAccurate", StringComparison.Ordinal)];
        Assert.That(failure, Does.Contain("CentralDifference(sin, x = 0.3, h = 1e-5)").And.Contain("number of calls of f"), r.Stdout);
        Assert.That(failure.Split('\n').Count(l => l.TrimStart().StartsWith("Expected:", StringComparison.Ordinal)), Is.EqualTo(2), failure);
        Assert.That(failure.Split('\n').Count(l => l.TrimStart().StartsWith("But was:", StringComparison.Ordinal)), Is.EqualTo(2), failure);
        Assert.That(failure, Does.Contain("But was:  3"), "the calls counted");
        Assert.That(r.Stdout, Does.Contain("4 of 6 public tests pass."), "Derivative uses CentralDifference");
        Assert.That(r.Output, Does.Not.Contain("\u001b["), "plain text when redirected: no escape codes");
    }

    [Test]
    public void Check_stops_an_infinite_loop_at_its_calibrated_limit_once_and_runs_the_other_public_tests()
    {
        // In the kit the public tests are calibrated on the reference like the hidden ones, and a
        // check's timeout is feedback: not tried again (a grade's is, on a fresh worker).
        var r = Processes.Grader("check", Slug, "--submission", Path.Combine(Golden, "infinite-loop", "submission"));
        Assert.That(r.Exit, Is.EqualTo(3), r.Output);
        Assert.That(r.Stdout, Does.Contain("✘ ObservedOrder_OfAPowerLaw_IsItsExponent (timeout)"), r.Stdout);
        Assert.That(r.Stdout, Does.Match(@"over its limit of 0\.5 s \(the reference solution needs [0-9]+ ms\)\. It was stopped\. Look for"), r.Stdout);
        Assert.That(r.Stdout, Does.Not.Contain("second try"));
        Assert.That(r.Stdout, Does.Contain("5 of 6 public tests pass."));
        Assert.That(File.Exists(Path.Combine(Repo.Catalog.Find(Slug).module!.TestsDirectory, Pipeline.Calibration.PublicFileName)), "the measurement is kept beside the hidden tests' build");
    }

    [Test]
    public void Check_after_a_changed_signature_runs_the_other_public_tests_and_names_the_member()
    {
        var r = Processes.Grader("check", Slug, "--submission", Path.Combine(Golden, "changed-signature", "submission"));
        Assert.That(r.Exit, Is.EqualTo(3), r.Output);
        Assert.That(r.Stdout, Does.Contain("✘ ForwardDifference_OfXSquared_IsTwoXPlusH (failed)"));
        Assert.That(r.Stdout, Does.Contain(
            "Signature mismatch: the tests call double Derivatives.ForwardDifference(Func<double, double>, double, double), which your submission does not declare. " +
            "Your submission has: double Derivatives.ForwardDifference(double x, double h, Func<double, double> f)."));
        Assert.That(r.Stdout, Does.Contain("✔ CentralDifference_OfSin_IsCloseToCos_WithTwoCallsOfF").And.Contain("5 of 6 public tests pass."));
        Assert.That(r.Stdout, Does.Not.Contain("do not compile"));
    }

    [Test]
    public void Check_after_a_changed_namespace_names_the_missing_class_and_runs_the_rest()
    {
        var sub = Variant("moved-rules", "Rules.cs", "namespace WhatIsCalculus;", "namespace Elsewhere;");
        var r = Processes.Grader("check", Slug, "--submission", sub);
        Assert.That(r.Exit, Is.EqualTo(3), r.Output);
        Assert.That(r.Stdout, Does.Contain("✘ ProductAndChainRule_OnTextbookExamples (failed)")
            .And.Contain("Missing type: the tests use the class Rules, which your submission does not declare."));
        Assert.That(r.Stdout, Does.Contain("5 of 6 public tests pass."));
    }

    [Test]
    public void Watch_in_a_log_prints_plain_checks_and_rechecks_a_saved_file()
    {
        var sub = Variant("watched", "Rules.cs", "namespace WhatIsCalculus;", "namespace Elsewhere;");
        using var watch = Processes.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "grader.dll"), "watch", Slug, "--submission", sub, "--course", Repo.Root]);
        var lines = new System.Collections.Concurrent.BlockingCollection<string>();
        watch.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
        watch.BeginOutputReadLine();
        var seen = new StringBuilder();
        bool WaitFor(string text)
        {
            // Generous: a cold worker on a busy machine; the test only waits, it does not time anything.
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (DateTime.UtcNow < deadline)
                if (lines.TryTake(out var line, TimeSpan.FromSeconds(1)))
                {
                    seen.AppendLine(line);
                    if (line.Contains(text, StringComparison.Ordinal)) return true;
                }
            return false;
        }
        try
        {
            Assert.That(WaitFor("5 of 6 public tests pass."), seen.ToString());
            Assert.That(seen.ToString(), Does.Contain("Missing type: the tests use the class Rules"));
            File.WriteAllText(Path.Combine(sub, "Rules.cs"), File.ReadAllText(Path.Combine(sub, "Rules.cs")).Replace("namespace Elsewhere;", "namespace WhatIsCalculus;", StringComparison.Ordinal));
            Assert.That(WaitFor("All public tests pass."), seen.ToString());
            Assert.That(seen.ToString(), Does.Match(@"── \d\d:\d\d:\d\d changed: Rules\.cs"));
            Assert.That(seen.ToString(), Does.Not.Contain("\u001b["), "plain lines when redirected");
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
            watch.WaitForExit();
        }
    }

    [Test]
    public void Junit_of_a_submission_with_no_files_is_failed_not_skipped()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;
        var r = Processes.Grader("grade", Slug, "--submission", empty, "--format", "junit");
        Assert.That(r.Exit, Is.Zero, r.Output);
        var suite = System.Xml.Linq.XDocument.Parse(r.Stdout).Root!.Elements("testsuite").First();
        var tests = (int)suite.Attribute("tests")!;
        Assert.That(tests, Is.GreaterThan(10));
        Assert.That((int)suite.Attribute("failures")!, Is.EqualTo(tests));
        Assert.That((int)suite.Attribute("skipped")!, Is.Zero);
        Assert.That(suite.Descendants("skipped"), Is.Empty);
        Assert.That(suite.Elements("testcase").Select(c => (string?)c.Element("failure")?.Attribute("message")),
            Has.All.Contain("files were found in the submission"));
    }

    [TestCase("reference")]
    [TestCase("partial")]
    [TestCase("changed-signature")]
    [TestCase("quiz-answers")]
    [TestCase("compile-error")]
    [TestCase("hostile-empty")]
    public void The_classroom_job_log_total_is_the_posted_total_and_the_grade(string name)
    {
        var sub = name == "reference" ? Path.Combine(Repo.Root, "reference", Slug) : Path.Combine(Golden, name, "submission");
        var r = Processes.Grader("grade", Slug, "--submission", sub, "--format", "classroom");
        Assert.That(r.Exit, Is.Zero, r.Output);
        var json = Processes.Grader("grade", Slug, "--submission", sub, "--format", "json", "--quiet");
        var report = JObject.Parse(json.Stdout);
        var posted = ClassroomReporter.Run("grade", new Dictionary<string, string> { ["GRADE_RESULTS"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(r.Stdout)) });
        Assert.That(posted.TotalPoints, Is.EqualTo((double)report["score"]!), "posted");
        Assert.That(posted.MaxPoints, Is.EqualTo((double)report["max_score"]!));
        Assert.That(posted.LogTotal, Is.EqualTo((double)report["score"]!).Within(1e-9), "the total in the job log");
    }

    [Test]
    public void A_batch_with_hostile_and_non_ascii_folder_names_writes_escaped_class_files()
    {
        const string zoe = "Zoë Ångström", hostile = "a|b <img src=x onerror=alert(1)>";
        var subs = Path.Combine(_root, "subs");
        Copy(Path.Combine(Repo.Root, "reference", Slug), Path.Combine(subs, zoe));
        Copy(Path.Combine(Golden, "partial", "submission"), Path.Combine(subs, hostile));
        Copy(Path.Combine(Golden, "compile-error", "submission"), Path.Combine(subs, "compile"));
        Directory.CreateDirectory(Path.Combine(subs, "empty"));
        var outDir = Path.Combine(_root, "out");

        var r = Processes.Grader("batch", Slug, "--submissions", subs, "--out", outDir, "--format", "markdown");
        Assert.That(r.Exit, Is.Zero, r.Output);
        Assert.That(r.Stderr, Does.Contain("graded 4/4"), "plain progress lines in a log");
        Assert.That(r.Output, Does.Not.Contain("\u001b["), "no escape codes in a log");

        var gradebook = File.ReadAllBytes(Path.Combine(outDir, "gradebook.csv"));
        Assert.That(gradebook[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "a UTF-8 byte order mark, for Excel");
        Assert.That(Encoding.UTF8.GetString(gradebook), Does.Contain(zoe + ",35,35,100,graded"));

        var summary = File.ReadAllText(Path.Combine(outDir, "summary.md"));
        Assert.That(summary, Does.Contain("| a\\|b &lt;img src=x onerror=alert(1)&gt; |"));
        Assert.That(summary, Does.Not.Contain("<img"));

        var html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.That(html, Does.Not.Contain("<img"), "student text is escaped");
        Assert.That(html, Does.Contain("a|b &lt;img src=x onerror=alert(1)&gt;").And.Contain("Zo&#235; &#197;ngstr&#246;m"));
        Assert.That(html, Does.Contain("Multivariate Calculus for Machine Learning").And.Contain("What is calculus? (01-what-is-calculus)"));
        Assert.That(html, Does.Contain("grader " + GraderInfo.Version).And.Match(@"graded \d{4}-\d\d-\d\d \d\d:\d\d UTC"));
        Assert.That(html, Does.Contain("Forward difference (4)").And.Contain("quiz (4)"), "a column per task and the quiz");
        Assert.That(html, Does.Contain("<span class=\"flag\">compile error</span>").And.Contain("<span class=\"flag\">load error</span>"));
        var stem = Batch.ReportStore.SafeName(hostile);
        Assert.That(File.Exists(Path.Combine(outDir, "reports", stem + ".json")), "the linked report exists");
        Assert.That(File.Exists(Path.Combine(outDir, "markdown", stem + ".md")), "the linked feedback exists");
        Assert.That(html, Does.Contain($"<a href=\"reports/{stem}.json\">report</a>")
            .And.Contain($"<a href=\"students/{stem}.html\">page</a>").And.Contain($"<a href=\"markdown/{stem}.md\">feedback</a>"));
        Assert.That(html, Does.Contain("<h2>Quiz: answered correctly</h2>"));
        Assert.That(html, Does.Contain("CentralDifference: calls F exactly twice").And.Match(@">\d/4 · [\d.]+ m?s<"), "readable test names, pass counts and median times");
        Assert.That(html, Does.Contain("<table class=\"sortable\">").And.Contain("<script>"), "sortable by a click on a header");
        Assert.That(html, Does.Not.Contain("http"), "nothing fetched");
    }

    /// <summary>LibreOffice reads the gradebook's non-ASCII names with the import options the
    /// README gives (Unicode, comma-separated); it converts it to .xlsx here.</summary>
    [Test]
    public void Libreoffice_reads_a_non_ascii_name_from_the_gradebook()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);
        if (soffice is null) Assert.Ignore("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)");
        var subs = Path.Combine(_root, "subs");
        Copy(Path.Combine(Repo.Root, "reference", Slug), Path.Combine(subs, "Zoë Ångström"));
        var outDir = Path.Combine(_root, "out");
        Assert.That(Processes.Grader("batch", Slug, "--submissions", subs, "--out", outDir).Exit, Is.Zero);

        var profile = Path.Combine(_root, "lo-profile");
        var r = Processes.Run(soffice, ["-env:UserInstallation=file://" + profile, "--headless", "--infilter=CSV:44,34,76", "--convert-to", "xlsx", "--outdir", _root, Path.Combine(outDir, "gradebook.csv")]);
        Assert.That(r.Exit, Is.Zero, r.Output);
        using var xlsx = ZipFile.OpenRead(Path.Combine(_root, "gradebook.xlsx"));
        using var strings = new StreamReader(xlsx.GetEntry("xl/sharedStrings.xml")!.Open(), Encoding.UTF8);
        var text = strings.ReadToEnd();
        Assert.That(text, Does.Contain("Zoë Ångström"));
        Assert.That(text, Does.Contain(">id<"), "the byte order mark is not read into the first header");
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.TopDirectoryOnly)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
    }
}
