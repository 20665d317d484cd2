using Grader.Reports;

namespace Grader.Batch;

/// <summary>Told about a batch as it runs (for a live display, logging or tests).</summary>
public interface IBatchProgress
{
    void Started(int total, int alreadyDone);

    /// <summary>Stored reports about to be graded again (<paramref name="stale"/> graded with another
    /// fingerprint, the rest forced by --regrade), their old versions kept in <paramref name="history"/>.</summary>
    void Regrading(int stale, int forced, string history) { }

    void Graded(string id, GradeReport report);
}
