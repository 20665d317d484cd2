namespace Grader.Reports;

/// <summary>How grading of the submission as a whole went. "graded" says the tests ran, whatever
/// the score; the others say why they could not (all or some). Written by its wire name
/// (<see cref="Protocol.WireName"/>): compile_error, policy_violation, ...</summary>
public enum ReportStatus
{
    Graded,
    CompileError,
    PolicyViolation,
    LoadError,
    Timeout,
    Crash,
    InternalError,
}
