using Grader.Protocol;

namespace Grader.Loading;

/// <summary>The files to compile, plus what the student should know about how they were chosen.
/// <see cref="Error"/> set means the submission cannot be graded as given.</summary>
public sealed record LoadedSubmission(
    IReadOnlyList<SourceFile> Sources,
    IReadOnlyList<string> Notes,
    LoadError? Error);

public sealed record LoadError(string FeedbackId, string Message);
