namespace Grader.Batch.Lms;

/// <summary>One LMS's import file, made from its own export and the batch's grades.</summary>
public interface ILmsGradebook
{
    string Name { get; }

    /// <summary>The separator of the LMS's file.</summary>
    char Separator { get; }

    LmsResult Fill(CsvTable roster, GradebookRequest request, IReadOnlyList<LmsGrade> grades);
}
