using Grader.Loading;
using Grader.Modules;
using Grader.Workers;

namespace Grader.Quiz;

/// <summary>The quiz step of grading a submission: grades the answers the loader read, in a worker.
/// Scoring adds the result to the tests' points.</summary>
public sealed class SubmissionQuiz
{
    private readonly QuizGrader? _grader;
    private readonly string? _error;

    private SubmissionQuiz(QuizGrader? grader, string? error)
    {
        _grader = grader;
        _error = error;
    }

    /// <summary>Null when the module has no quiz (no quiz.json, or no key beside the hidden tests).</summary>
    public static SubmissionQuiz? For(CourseModule module)
    {
        if (!QuizFile.Exists(module)) return null;
        var (quiz, error) = QuizFile.Load(module);
        return new SubmissionQuiz(quiz is null ? null : new QuizGrader(quiz), error);
    }

    /// <summary>The quiz's points; none when it cannot be graded.</summary>
    public double MaxScore => _grader?.Quiz.MaxScore ?? 0;

    public async Task<GradedQuiz> GradeAsync(LoadedSubmission loaded, WorkerSession session, CancellationToken ct)
    {
        // A broken quiz file is the course's fault: said in the report, and no quiz points either way.
        if (_grader is null) return new GradedQuiz(null, [$"The quiz was not graded: {_error} Please tell the instructor."]);
        var sheet = QuizAnswers.Sheet(loaded.QuizAnswers, _grader.Quiz);
        return new GradedQuiz(await _grader.GradeAsync(session, sheet.Answers, ct), sheet.Notes);
    }
}
