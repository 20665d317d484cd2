using Grader.Protocol;

namespace Grader.Loading;

/// <summary>The files to compile, the quiz answers, and what the student should know about how
/// they were chosen. <see cref="Error"/> set means the code cannot be graded as given.</summary>
public sealed record LoadedSubmission(
    IReadOnlyList<SourceFile> Sources,
    IReadOnlyList<string> Notes,
    LoadError? Error,
    QuizAnswerFile? QuizAnswers = null);

public sealed record LoadError(string FeedbackId, string Message);
