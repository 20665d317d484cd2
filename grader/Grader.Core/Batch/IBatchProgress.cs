using Grader.Reports;

namespace Grader.Batch;

/// <summary>Told about a batch as it runs (for a live display, logging or tests).</summary>
public interface IBatchProgress
{
    void Started(int total, int alreadyDone);

    void Graded(string id, GradeReport report);
}
