using System.Text;
using Newtonsoft.Json.Linq;

namespace Grader.Tests;

/// <summary>A line-for-line port of classroom-resources/autograding-grading-reporter@v1
/// (src/main.js, src/notify-classroom.js): reads each runner's base64 JSON from
/// &lt;RUNNER&gt;_RESULTS, sums the tests' scores and the runners' max_score into the points it
/// posts, prints in the job log a total of its own (src/console-results.js, src/aggregate-results.js,
/// src/helpers/test-helpers.js getTestScore: tests passed / tests × max_score per runner), and
/// fails the job when a runner's status is fail or error.</summary>
internal static class ClassroomReporter
{
    /// <param name="LogTotal">The "Total:" row of the table the reporter prints in the job log.</param>
    public sealed record Outcome(double? TotalPoints, double? MaxPoints, IReadOnlyList<string> Notices, string? Failure, double LogTotal = 0);

    public static Outcome Run(string runnersInput, IReadOnlyDictionary<string, string> env)
    {
        var runners = runnersInput.Split(',').Select(runner =>
        {
            var encoded = env[runner.Trim().ToUpperInvariant() + "_RESULTS"];
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            return JObject.Parse(json);
        }).ToList();

        // NotifyClassroom: only runners with a truthy max_score count.
        double total = 0, max = 0;
        foreach (var results in runners)
        {
            var maxScore = results["max_score"];
            if (maxScore is null || (double)maxScore == 0) continue;
            max += (double)maxScore;
            foreach (var test in (JArray)results["tests"]!) total += (double)test["score"]!;
        }
        // AggregateResults: per runner (passed / tests) × (max_score || 0), summed.
        var logTotal = runners.Sum(r =>
        {
            var tests = (JArray)r["tests"]!;
            var passed = tests.Count(t => (string?)t["status"] == "pass");
            return (double)passed / tests.Count * ((double?)r["max_score"] ?? 0);
        });
        var notices = new List<string>();
        if (max != 0)
        {
            notices.Add($"::notice title=Autograding complete::Points {Js(total)}/{Js(max)}");
            notices.Add($"::notice title=Autograding report::{{\"totalPoints\":{Js(total)},\"maxPoints\":{Js(max)}}}");
        }
        string? failure = runners.Any(r => (string?)r["status"] == "fail") ? "Some tests failed."
            : runners.Any(r => (string?)r["status"] == "error") ? "Some tests errored." : null;
        return new Outcome(max != 0 ? total : null, max != 0 ? max : null, notices, failure, logTotal);
    }

    /// <summary>JavaScript's number-to-string for the values that occur here.</summary>
    private static string Js(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
