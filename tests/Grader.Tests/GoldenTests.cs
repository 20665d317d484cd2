using Grader.Protocol;
using Grader.Exporters;
using Grader.Reports;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Grades every golden submission with the real pipeline and compares the report with the
/// expected one, then checks the case's stated expectations (which hold even after regeneration).
/// UPDATE_GOLDEN=1 rewrites expected.json from the current grader.</summary>
[TestFixture]
public sealed partial class GoldenTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        GoldenCase.All().Select(c => new TestCaseData(c).SetName(c.ToString()));

    [TestCaseSource(nameof(Cases))]
    public async Task Report_matches_the_golden_file(GoldenCase c)
    {
        var report = await Graders.For(c.Module, c.Spec.Limits).GradeAsync(c.SubmissionFolder, c.Name);
        var actual = Normalise(report, keepFigures: !c.Spec.UnseededFigures);

        var created = false;
        if (Repo.UpdateGolden || !File.Exists(c.ExpectedPath))
        {
            await File.WriteAllTextAsync(c.ExpectedPath, actual);
            created = !Repo.UpdateGolden;
        }
        CheckExpectations(c, report);
        if (created) Assert.Fail($"{c.ExpectedPath} did not exist and was written; review it and run again.");
        var expected = await File.ReadAllTextAsync(c.ExpectedPath);
        Assert.That(actual, Is.EqualTo(expected.ReplaceLineEndings("\n")),
            $"The report for {c} differs from {Path.GetRelativePath(Repo.Root, c.ExpectedPath)}. If the change is intended, regenerate with UPDATE_GOLDEN=1.");
    }

    public static IEnumerable<TestCaseData> HostileCases() =>
        GoldenCase.All().Where(c => c.Name.StartsWith("hostile-", StringComparison.Ordinal) || c.Name is "infinite-loop" or "stack-overflow")
            .Select(c => new TestCaseData(c).SetName("then-reference:" + c));

    /// <summary>Whatever a hostile submission did, the next submission graded by the same grader
    /// (same worker pool, same process) is graded as if nothing happened.</summary>
    [TestCaseSource(nameof(HostileCases))]
    public async Task A_correct_submission_graded_right_after_scores_full_marks(GoldenCase c)
    {
        var grader = Graders.For(c.Module, c.Spec.Limits);
        await grader.GradeAsync(c.SubmissionFolder, c.Name);
        var next = await grader.GradeAsync(Path.Combine(Repo.Root, "reference", c.Module), "reference");
        Assert.That(next.Score, Is.EqualTo(next.MaxScore).And.GreaterThan(0),
            $"after {c}, the reference scored {next.Score}/{next.MaxScore}: {next.Message}");
        // Not just the score: the whole report (output included) is the reference's own golden report.
        if (c.Spec.Limits.Count == 0)
            Assert.That(Normalise(next), Is.EqualTo(File.ReadAllText(Path.Combine(Repo.GoldenRoot, c.Module, "reference", "expected.json")).ReplaceLineEndings("\n")),
                $"after {c}, the reference's report differs from its golden report (foreign output, a changed verdict?)");
    }

    private static void CheckExpectations(GoldenCase c, GradeReport report)
    {
        var spec = c.Spec;
        using (Assert.EnterMultipleScope())
        {
            // Whatever the submission, its report stays small (PrairieLearn refuses results over 1 MB).
            var json = new JsonExporter().Export(report);
            Assert.That(json.Length, Is.LessThan(1_000_000), "report size");
            // Nothing of the grading machine or the hidden tests' sources reaches a student.
            Assert.That(json, Does.Not.Contain(Repo.Root.TrimEnd('/')).And.Not.Contain(Path.GetTempPath()), "a path of the grading machine");
            foreach (var hidden in HiddenSourceNames(c.Module))
                Assert.That(json, Does.Not.Contain(hidden), "a hidden test's source file");
            // A worker's "not graded" marker read as the student's own exception would show its secret.
            Assert.That(json, Does.Not.Match(@"\[grader:(compile|policy):[0-9A-F]{24}\]"), "a quarantine marker with its secret");
            if (spec.Status is not null)
                Assert.That(report.Status.ToWire(),
                    Is.EqualTo(spec.Status), "status");
            // "score" is about the code (the tests' points); the quiz has its own "quiz" expectation.
            var score = Math.Round(report.Score - (report.Quiz?.Score ?? 0), 6);
            var max = Math.Round(report.MaxScore - (report.Quiz?.MaxScore ?? 0), 6);
            switch (spec.Score)
            {
                case "full": Assert.That(score, Is.EqualTo(max).And.GreaterThan(0), "a correct submission earns full marks"); break;
                case "zero": Assert.That(score, Is.Zero, "score"); break;
                case "partial": Assert.That(score, Is.GreaterThan(0).And.LessThan(max), "partial score"); break;
                case { } points: Assert.That(score, Is.EqualTo(double.Parse(points, System.Globalization.CultureInfo.InvariantCulture)), "score"); break;
            }
            if (spec.SameScoreAs is { } other)
            {
                var twin = JObject.Parse(File.ReadAllText(Path.Combine(Repo.GoldenRoot, c.Module, other, "expected.json")));
                var twinScore = (double)twin["score"]! - ((double?)twin["quiz"]?["score"] ?? 0);
                Assert.That(score, Is.EqualTo(twinScore), $"{c} must score exactly what {other} scores for its code");
            }
            if (spec.ViolationContains is { } reason)
                Assert.That(report.Violations.Select(v => v.Reason), Has.Some.Contains(reason), "violations");
            if (spec.Quiz is { } quiz)
            {
                Assert.That(report.Quiz, Is.Not.Null, "quiz section");
                if (quiz.Score is { } points) Assert.That(report.Quiz!.Score, Is.EqualTo(points), "quiz score");
                foreach (var (id, status) in quiz.Statuses)
                    Assert.That(report.Quiz!.Questions.FirstOrDefault(q => q.Id == id)?.Status.ToWire(), Is.EqualTo(status), $"quiz {id}");
            }
            foreach (var f in spec.MustFail)
            {
                var matching = report.Tests.Where(t => t.Name.StartsWith(f.Test, StringComparison.Ordinal)).ToList();
                Assert.That(matching, Is.Not.Empty, $"no test named {f.Test}");
                var lost = matching.Where(t => t.Score < t.MaxScore).ToList();
                Assert.That(lost, Is.Not.Empty, $"{f.Test} should lose points for {c}");
                if (f.Status is not null)
                    Assert.That(lost.Select(t => t.Status.ToWire()), Has.Some.EqualTo(f.Status), $"{f.Test} status");
                if (f.MessageContains is not null)
                    Assert.That(lost.Select(t => t.Message ?? ""), Has.Some.Contains(f.MessageContains), $"{f.Test} message should name the mistake");
                if (f.FeedbackId is not null)
                    Assert.That(lost.Select(t => t.FeedbackId), Has.Some.EqualTo(f.FeedbackId), $"{f.Test} feedback id");
            }
        }
    }

    private static IEnumerable<string> HiddenSourceNames(string module) =>
        Directory.GetFiles(Path.Combine(Repo.Root, "tests", module), "*.cs").Select(f => Path.GetFileName(f) + " line");

    /// <summary>The report with what legitimately changes between runs (times) blanked out.</summary>
    internal static string Normalise(GradeReport report, bool keepFigures = true)
    {
        var json = JObject.Parse(new JsonExporter().Export(report));
        var run = (JObject)json["run"]!;
        run.Remove("started_at");
        // Which sandbox was in force depends on the machine; IsolationTests checks it.
        run.Remove("isolation");
        // The fingerprint hashes the module's sources, so it is the same on every machine, but it
        // changes with every edit of a hidden test or the manifest: kept, the goldens would churn
        // on edits that change no student-visible result. FingerprintTests checks it instead.
        run.Remove("fingerprint");
        run.Remove("fingerprint_parts");
        run["duration_ms"] = 0;
        // How many workers a run needed depends on the machine and on what the worker graded before
        // (a retry happens only in a worker that graded someone else), as the Slurm test's normaliser says too.
        run["worker_restarts"] = 0;
        if (json["message"] is JValue { Value: string summary }) json["message"] = Measured().Replace(summary, "${what} …");
        foreach (var t in (JArray)json["tests"]!)
        {
            t["duration_ms"] = 0;
            if (!keepFigures) ((JObject)t).Remove("figures");
            // A test whose second try ended other than by a timeout (it passed, or ran out of memory)
            // ended that way: whether the first try was stopped is the machine's load and the warm
            // worker's state (every garbage collection marks what earlier submissions left), not the
            // submission's doing. CI under load saw the allocation bomb's first try stopped once.
            if ((string?)t["status"] != "timeout") ((JObject)t).Remove("attempts");
            // A timeout names the CPU time measured on this machine and the calibrated limit.
            if (t["message"] is JValue { Value: string message }) t["message"] = Measured().Replace(message, "${what} …");
        }
        return json.ToString(Newtonsoft.Json.Formatting.Indented).ReplaceLineEndings("\n") + "\n";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<what>used|limit of|needs|waited|ran for) [0-9][0-9.]* (?:ms|s)\b")]
    private static partial System.Text.RegularExpressions.Regex Measured();
}
