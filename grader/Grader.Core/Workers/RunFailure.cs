using Grader.Protocol;
using Grader.Reports;

namespace Grader.Workers;

/// <summary>A failure of the run as a whole: the report status it gives, a stable id and a sentence.</summary>
public sealed record RunFailure(ReportStatus Status, string FeedbackId, string Message)
{
    public static RunFailure SubmissionTimeout(string message) => new(ReportStatus.Timeout, FeedbackIds.Run.SubmissionTimeout, message);

    public static RunFailure SetupTimeout(string message) => new(ReportStatus.Timeout, FeedbackIds.Run.SetupTimeout, message);

    public static RunFailure CompileTimeout(string message) => new(ReportStatus.Timeout, FeedbackIds.Compile.Timeout, message);

    public static RunFailure Crash(string message) => new(ReportStatus.Crash, FeedbackIds.Run.Crash, message);

    public static RunFailure Internal(string message) => new(ReportStatus.InternalError, FeedbackIds.Run.Internal, message);
}
