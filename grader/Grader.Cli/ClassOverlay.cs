using Microsoft.Extensions.Configuration;
using Grader.Batch;
using Grader.Reports;

namespace Grader.Cli;

/// <summary>Builds a batch's <see cref="GradeOverlay"/> from what the instructor gave: the adjustments
/// file, grader.json's "Late" section and the submission times (a roster, else git).</summary>
internal static class ClassOverlay
{
    /// <param name="items">The class; a folder that is a git repository dates its submission.</param>
    /// <param name="taskIds">The module's tasks, which a row may target.</param>
    public static GradeOverlay Build(IConfiguration config, IEnumerable<string> taskIds, IReadOnlyList<BatchItem> items, ReportStore store, string? adjustmentsPath, string? rosterPath)
    {
        var students = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var adjustments = adjustmentsPath is null ? [] :
            AdjustmentsFile.Load(Path.GetFullPath(adjustmentsPath), students, AdjustmentsFile.Targets(store.ReadEach(), taskIds));

        var section = config.GetSection("Late");
        var policy = LatePolicy.From(
            section.GetChildren().Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value, StringComparer.OrdinalIgnoreCase),
            section.GetSection("Extensions").GetChildren().Select(c => KeyValuePair.Create(c.Key, c.Value)));
        if (policy is null)
        {
            if (rosterPath is not null) throw GraderException.BadInput("--submitted-at needs a late policy: set \"Late\": { \"Deadline\": ... } in grader.json.");
            return new GradeOverlay(adjustments);
        }
        var roster = rosterPath is null ? new Dictionary<string, DateTimeOffset>() : SubmissionTimes.FromRoster(Path.GetFullPath(rosterPath), students);
        var late = new Dictionary<string, LateInfo>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (roster.TryGetValue(item.Id, out var at)) late[item.Id] = policy.For(item.Id, at, "roster");
            else if (item.Folder.Length > 0 && SubmissionTimes.LastCommit(item.Folder) is { } commit) late[item.Id] = policy.For(item.Id, commit, "git");
        }
        var unknown = items.Count - late.Count;
        if (unknown > 0) Console.Error.WriteLine($"late policy: {unknown} of {items.Count} submissions have no submission time (no roster row, not a git repository); not penalised.");
        return new GradeOverlay(adjustments, r => late.GetValueOrDefault(r.Submission));
    }

    /// <summary>The adjustments file the results folder holds, if any.</summary>
    public static string? DefaultAdjustments(string outDir) =>
        Path.Combine(outDir, AdjustmentsFile.DefaultName) is var p && File.Exists(p) ? p : null;
}
