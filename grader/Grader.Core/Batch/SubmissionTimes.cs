using System.Diagnostics;

namespace Grader.Batch;

/// <summary>When each submission was handed in: a roster's time column (student, submitted_at), or
/// else the last commit's time of a submission folder that is a git repository (GitHub Classroom's
/// clone of the student's repository).</summary>
public static class SubmissionTimes
{
    public static IReadOnlyDictionary<string, DateTimeOffset> FromRoster(string path, IReadOnlySet<string> students)
    {
        var table = InstructorCsv.Read(path, "student", "submitted_at");
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var student = table.Get(row, "student");
            var text = table.Get(row, "submitted_at");
            if (!students.Contains(student)) throw table.Error(row.line, $"unknown student '{student}' (no submission has that id).");
            if (!LatePolicy.TryDate(text, out var at))
                throw table.Error(row.line, $"submitted_at '{text}' is not a date and time (write it like 2026-03-01T23:59:00Z).");
            times[student] = at;
        }
        return times;
    }

    /// <summary>The committer time of HEAD, or null when the folder is not a repository.</summary>
    public static DateTimeOffset? LastCommit(string folder)
    {
        if (!Directory.Exists(Path.Combine(folder, ".git")) && !File.Exists(Path.Combine(folder, ".git"))) return null;
        var psi = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-C", folder, "log", "-1", "--format=%cI" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw GraderException.Internal("cannot start git");
        var output = p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 && LatePolicy.TryDate(output, out var at) ? at : null;
    }
}
