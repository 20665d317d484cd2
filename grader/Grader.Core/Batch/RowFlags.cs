using Grader.Protocol;
using Grader.Reports;

namespace Grader.Batch;

/// <summary>The problems an instructor looks for in a class list, whether they sank the whole
/// submission (its status) or only some members (a graded report with quarantined code or a test
/// that timed out).</summary>
public static class RowFlags
{
    public const string Compile = "compile error";
    public const string Policy = "policy violation";
    public const string Timeout = "timeout";
    public const string Crash = "crash";
    public const string Load = "load error";
    public const string Internal = "grader error";

    public static IReadOnlyList<string> Of(GradeReport r)
    {
        var flags = new List<string>();
        if (r.Status == ReportStatus.CompileError || r.Diagnostics.Any(d => d.Severity == "error")) flags.Add(Compile);
        if (r.Status == ReportStatus.PolicyViolation || r.Violations.Count > 0) flags.Add(Policy);
        if (r.Status == ReportStatus.Timeout || r.Tests.Any(t => t.Status == TestStatus.Timeout)) flags.Add(Timeout);
        if (r.Status == ReportStatus.Crash || r.Tests.Any(t => t.Status == TestStatus.Crashed)) flags.Add(Crash);
        if (r.Status == ReportStatus.LoadError) flags.Add(Load);
        if (r.Status == ReportStatus.InternalError) flags.Add(Internal);
        return flags;
    }
}
