using Grader.Protocol;

namespace Grader.Batch;

/// <summary>Batch-level signs that the grades are wrong as a whole rather than each student's
/// doing: no submission holds the module's files (the wrong module), or submissions hold several
/// copies of them (a class folder, or --submissions one folder too high). Computed from the stored
/// reports, so a resumed or merged batch warns as an uninterrupted one would.</summary>
public static class BatchWarnings
{
    public static IReadOnlyList<string> Of(IReadOnlyList<BatchRow> rows)
    {
        var warnings = new List<string>();
        var module = rows.FirstOrDefault()?.Module ?? "";
        var empty = With(rows, FeedbackIds.Load.Empty);
        if (empty.Count > 0 && empty.Count == rows.Count)
            warnings.Add($"no submission contained any of module {module}'s files — wrong module? ({empty[0].Message.Split(" Quiz: ")[0]})");
        else if (empty.Count > 0)
            warnings.Add($"{Count(empty)} held none of module {module}'s files and scored 0: {Ids(empty)}.");
        var copies = With(rows, FeedbackIds.Load.SeveralCopies);
        if (copies.Count > 0)
            warnings.Add($"{Count(copies)} held several copies of the module's files and {(copies.Count == 1 ? "was" : "were")} refused (0 points): {Ids(copies)} — " +
                         "a folder of several students? Give batch the folder (or .zip) whose sub-folders are the students.");
        var noStarter = With(rows, FeedbackIds.Load.NoStarter);
        if (noStarter.Count > 0)
            warnings.Add($"{Count(noStarter)} lacked a file that the starter could not stand in for (0 points): {Ids(noStarter)} — " +
                         $"restore assignments/{module}/ as committed (git checkout) and run again with --regrade. {noStarter[0].Message}");
        return warnings;
    }

    private static List<BatchRow> With(IReadOnlyList<BatchRow> rows, string id) => rows.Where(r => r.FeedbackId == id).ToList();

    private static string Count(List<BatchRow> rows) => rows.Count == 1 ? "1 submission" : $"{rows.Count} submissions";

    private static string Ids(List<BatchRow> rows) => string.Join(", ", rows.Take(10).Select(r => r.Submission)) + (rows.Count > 10 ? $", ... ({rows.Count} in all)" : "");
}
