using Grader.Protocol;
using Grader.Reports;

namespace Grader.Batch;

/// <summary>Counts, test by test, how many submissions passed, as reports stream past.</summary>
public sealed class PassRateTally
{
    private readonly Dictionary<string, (string Name, string? Task, int Passed, int Total, List<double> Durations)> _tests = new(StringComparer.Ordinal);

    public void Add(GradeReport report)
    {
        foreach (var t in report.Tests)
        {
            var (name, task, passed, total, durations) = _tests.TryGetValue(t.FullName, out var seen) ? seen : (t.Name, t.Task, 0, 0, new List<double>());
            // A test that never ran has no time worth counting.
            if (t.Status != TestStatus.NotRun) durations.Add(t.DurationMs);
            _tests[t.FullName] = (name, task, passed + (t.Status == TestStatus.Passed ? 1 : 0), total + 1, durations);
        }
    }

    /// <summary>Lowest pass rate first: the tests an instructor should look at.</summary>
    public IReadOnlyList<TestPassRate> Rates() =>
        _tests.Values.Select(t => new TestPassRate { Name = t.Name, Task = t.Task, Passed = t.Passed, Total = t.Total, MedianDurationMs = Median(t.Durations) })
            .OrderBy(t => t.Rate).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();

    private static double? Median(List<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return Math.Round(sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, 1);
    }
}
