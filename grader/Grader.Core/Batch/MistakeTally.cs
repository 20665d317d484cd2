using System.Text.RegularExpressions;
using Grader.Reports;

namespace Grader.Batch;

/// <summary>Counts, as reports stream past, how many students made each catalogued mistake (a test
/// whose feedback id is a module's mistake id, mNN.kebab-id): a student who makes it in three tests
/// counts once. What an instructor re-teaches.</summary>
public sealed partial class MistakeTally
{
    private readonly Dictionary<string, int> _students = new(StringComparer.Ordinal);

    public void Add(GradeReport report)
    {
        foreach (var id in report.Tests.Select(t => t.FeedbackId).Where(IsMistake).Distinct(StringComparer.Ordinal))
            _students[id] = _students.GetValueOrDefault(id) + 1;
    }

    /// <summary>Most common first; titles from the module's mistakes.json where known.</summary>
    public IReadOnlyList<MistakeCount> Counts(IReadOnlyDictionary<string, string> titles) =>
        _students.Select(p => new MistakeCount { Id = p.Key, Title = titles.GetValueOrDefault(p.Key, ""), Students = p.Value })
            .OrderByDescending(m => m.Students).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();

    public static bool IsMistake(string feedbackId) => MistakeId().IsMatch(feedbackId);

    [GeneratedRegex(@"^m\d\d\.[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex MistakeId();
}
