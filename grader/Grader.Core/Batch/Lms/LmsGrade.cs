using Grader.Reports;

namespace Grader.Batch.Lms;

/// <summary>What an LMS gets from one report: the score, out of what, and a comment for the student.</summary>
public sealed record LmsGrade(string Submission, string Module, ReportStatus Status, double Score, double MaxScore, string Comment)
{
    public static LmsGrade Of(GradeReport r) => new(r.Submission, r.Module, r.Status, r.Score, r.MaxScore, FeedbackComment.For(r));

    /// <summary>A grader failure is not the student's: no grade is written for it (regrade first).</summary>
    public bool Writable => Status != ReportStatus.InternalError;

    /// <summary>The score on a scale of <paramref name="points"/>, rounded half away from zero to
    /// <paramref name="decimals"/> places (what the LMS stores and shows), as invariant text.</summary>
    public string Points(double points, int decimals)
    {
        var scaled = MaxScore > 0 ? Score * points / MaxScore : 0;
        return Math.Round(scaled, decimals, MidpointRounding.AwayFromZero).ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);
    }
}
