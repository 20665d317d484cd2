namespace Grader.Reports;

/// <summary>The status as every machine format writes it ("compile_error"): the same names the
/// JSON report's <see cref="System.Runtime.Serialization.EnumMemberAttribute"/>s give.</summary>
public static class ReportStatusNames
{
    public static string ToWire(this ReportStatus s) => s switch
    {
        ReportStatus.Graded => "graded",
        ReportStatus.CompileError => "compile_error",
        ReportStatus.PolicyViolation => "policy_violation",
        ReportStatus.LoadError => "load_error",
        ReportStatus.Timeout => "timeout",
        ReportStatus.Crash => "crash",
        ReportStatus.InternalError => "internal_error",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };
}
