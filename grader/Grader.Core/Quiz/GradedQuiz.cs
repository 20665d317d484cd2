using Grader.Reports;

namespace Grader.Quiz;

/// <summary>What the quiz step gives scoring: the quiz section (null when the quiz could not be
/// graded) and what the student should know about their answers file.</summary>
public sealed record GradedQuiz(QuizReport? Report, IReadOnlyList<string> Notes);
