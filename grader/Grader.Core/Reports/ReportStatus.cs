using System.Runtime.Serialization;

namespace Grader.Reports;

/// <summary>How grading of the submission as a whole went. "graded" says the tests ran, whatever
/// the score; the others say why they could not (all or some).</summary>
public enum ReportStatus
{
    [EnumMember(Value = "graded")] Graded,
    [EnumMember(Value = "compile_error")] CompileError,
    [EnumMember(Value = "policy_violation")] PolicyViolation,
    [EnumMember(Value = "load_error")] LoadError,
    [EnumMember(Value = "timeout")] Timeout,
    [EnumMember(Value = "crash")] Crash,
    [EnumMember(Value = "internal_error")] InternalError,
}
