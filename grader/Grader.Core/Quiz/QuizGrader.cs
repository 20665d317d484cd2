using Grader.Protocol;
using Grader.Reports;
using Grader.Workers;

namespace Grader.Quiz;

/// <summary>Grades answers to a module's quiz through a worker (answers are untrusted code and are
/// only ever compiled there) and turns the outcomes into the report's quiz section.</summary>
public sealed class QuizGrader(QuizDefinition quiz)
{
    /// <summary>A cold worker plus the first scripting compile take about 2 s; this only bounds a
    /// worker that hangs.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public QuizDefinition Quiz => quiz;

    public async Task<QuizReport> GradeAsync(WorkerSession session, IReadOnlyDictionary<string, string> answers, CancellationToken ct)
    {
        var items = quiz.Questions.Select(q => Item(q, answers.GetValueOrDefault(q.Id))).ToList();
        IReadOnlyList<QuizOutcome> outcomes;
        if (items.All(i => string.IsNullOrWhiteSpace(i.Answer)))
        {
            // Nothing to evaluate: no worker needed.
            outcomes = items.Select(i => new QuizOutcome { Id = i.Id, Status = QuizStatus.Missing, Message = "Not answered." }).ToList();
        }
        else
        {
            var run = await session.QuizAsync(Pipeline.WorkerRequests.Quiz(items), Limit, ct);
            outcomes = run.Failure is null
                ? run.Outcomes
                : items.Select(i => new QuizOutcome { Id = i.Id, Status = QuizStatus.Error, Message = "The quiz could not be evaluated: " + run.Failure }).ToList();
        }
        return Report(outcomes);
    }

    public QuizItem Item(QuizQuestion q, string? answer) => new()
    {
        Id = q.Id,
        Parameters = q.Parameters,
        Key = quiz.Keys.GetValueOrDefault(q.Id, ""),
        Answer = string.IsNullOrWhiteSpace(answer) ? null : answer,
        Domain = q.Domain,
        Tolerance = q.Tolerance,
    };

    /// <summary>A wrong answer's feedback followed by the question's hint, if it has one.</summary>
    public static string? WithHint(string? message, string? hint) =>
        hint is null ? message : $"{message?.TrimEnd('.')}. Hint: {hint}";

    public QuizReport Report(IReadOnlyList<QuizOutcome> outcomes)
    {
        var questions = quiz.Questions.Select(q =>
        {
            var o = outcomes.FirstOrDefault(x => x.Id == q.Id)
                    ?? new QuizOutcome { Id = q.Id, Status = QuizStatus.Error, Message = "The worker returned no verdict for this question." };
            var message = o.Status == QuizStatus.Wrong ? WithHint(o.Message, q.Hint) : o.Message;
            return new QuizQuestionReport
            {
                Id = q.Id,
                Prompt = q.Prompt,
                Status = o.Status,
                Score = o.Status == QuizStatus.Correct ? q.Points : 0,
                MaxScore = q.Points,
                Message = message,
            };
        }).ToList();
        return new QuizReport
        {
            Score = Math.Round(questions.Sum(q => q.Score), 6),
            MaxScore = Math.Round(questions.Sum(q => q.MaxScore), 6),
            Questions = questions,
        };
    }
}
