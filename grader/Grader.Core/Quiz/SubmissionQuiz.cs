using System.Globalization;
using Grader.Modules;
using Grader.Reports;
using Grader.Workers;

namespace Grader.Quiz;

/// <summary>The quiz step of grading a submission: reads its quiz-answers.txt, grades it, and adds
/// the quiz section, its points, and any notes to the report the tests produced.</summary>
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

    public async Task<GradeReport> AddToAsync(GradeReport report, WorkerSession session, string submissionFolder, CancellationToken ct)
    {
        // A broken quiz file is the course's fault: said in the report, and no quiz points either way.
        if (_grader is null)
            return report with { Notes = [.. report.Notes, $"The quiz was not graded: {_error} Please tell the instructor."] };

        var sheet = QuizAnswers.Read(submissionFolder, _grader.Quiz);
        var quiz = await _grader.GradeAsync(session, sheet.Answers, ct);
        var score = Math.Round(report.Score + quiz.Score, 6);
        var max = Math.Round(report.MaxScore + quiz.MaxScore, 6);
        return report with
        {
            Score = score,
            MaxScore = max,
            Quiz = quiz,
            Notes = [.. report.Notes, .. sheet.Notes],
            Message = $"{report.Message} Quiz: {Num(quiz.Score)} of {Num(quiz.MaxScore)} points; total {Num(score)} of {Num(max)}.",
        };
    }

    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
