using System.Globalization;
using Grader.Reports;

namespace Grader.Batch;

/// <summary>The course's late policy (grader.json "Late"): a deadline, grace minutes that forgive a
/// slow push, a penalty in percent of the score per started day late, capped, and per-student
/// extensions (a later deadline).</summary>
public sealed record LatePolicy(DateTimeOffset Deadline, double GraceMinutes, double PercentPerDay, double MaxPercent, IReadOnlyDictionary<string, DateTimeOffset> Extensions)
{
    public LateInfo For(string student, DateTimeOffset submitted, string source)
    {
        var extended = Extensions.TryGetValue(student, out var own);
        var deadline = extended ? own : Deadline;
        var late = submitted - deadline;
        var days = late <= TimeSpan.FromMinutes(GraceMinutes) ? 0 : (int)Math.Ceiling(late.TotalDays);
        return new LateInfo
        {
            SubmittedAt = submitted, Source = source, Deadline = deadline, Extension = extended, DaysLate = days,
            PenaltyPercent = Math.Min(MaxPercent, days * PercentPerDay),
        };
    }

    /// <summary>The policy from configuration keys (under "Late"); null when no deadline is set.
    /// A malformed value stops the command, naming the key.</summary>
    public static LatePolicy? From(IReadOnlyDictionary<string, string?> settings, IEnumerable<KeyValuePair<string, string?>> extensions)
    {
        if (!settings.TryGetValue("Deadline", out var deadlineText) || string.IsNullOrWhiteSpace(deadlineText)) return null;
        var deadline = Date(deadlineText, "Late:Deadline");
        return new LatePolicy(deadline, Number(settings, "GraceMinutes", 0), Number(settings, "PenaltyPercentPerDay", 0), Number(settings, "MaxPenaltyPercent", 100),
            extensions.ToDictionary(e => e.Key, e => Date(e.Value ?? "", $"Late:Extensions:{e.Key}"), StringComparer.Ordinal));
    }

    /// <summary>An ISO 8601 time; without an offset it is UTC.</summary>
    public static bool TryDate(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    private static DateTimeOffset Date(string text, string key) =>
        TryDate(text, out var v) ? v : throw GraderException.BadInput($"grader.json {key}: '{text}' is not a date and time (write it like 2026-03-01T23:59:00Z).");

    private static double Number(IReadOnlyDictionary<string, string?> settings, string key, double fallback)
    {
        if (!settings.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text)) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 && double.IsFinite(v)
            ? v : throw GraderException.BadInput($"grader.json Late:{key}: '{text}' is not a number of at least 0.");
    }
}
