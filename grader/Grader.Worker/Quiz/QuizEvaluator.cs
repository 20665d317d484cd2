using Grader.Protocol;

namespace Grader.Worker.Quiz;

/// <summary>Judges a request's quiz items: parse and check every key and answer, compile what
/// passed in one script, compare. A bad answer is a status with a message, never an exception;
/// a bad key is the course's fault and says so.</summary>
internal static class QuizEvaluator
{
    public static IReadOnlyList<QuizOutcome> Evaluate(IReadOnlyList<QuizItem> items)
    {
        var outcomes = new QuizOutcome?[items.Count];
        var toCompile = new List<(int index, QuizExpression key, QuizExpression answer)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (string.IsNullOrWhiteSpace(item.Answer)) { outcomes[i] = Outcome(item, QuizStatus.Missing, "Not answered."); continue; }
            if (item.Key.Length == 0) continue;
            var (key, keyProblem) = QuizParser.Parse(item.Key, item.Parameters);
            if (key is null) { outcomes[i] = Outcome(item, QuizStatus.Error, QuizFeedback.KeyBroken(keyProblem!)); continue; }
            var (answer, problem) = QuizParser.Parse(item.Answer, item.Parameters);
            if (answer is null) { outcomes[i] = Outcome(item, QuizStatus.Invalid, problem); continue; }
            if (key.IsVector != answer.IsVector)
            {
                outcomes[i] = Outcome(item, QuizStatus.Invalid, key.IsVector ? QuizFeedback.ArrayExpected(key.Length) : QuizFeedback.ScalarExpected);
                continue;
            }
            toCompile.Add((i, key, answer));
        }

        CheckWithoutKey(items, outcomes);
        var compiled = QuizCompiler.Compile(toCompile.SelectMany(c => new[] { c.key, c.answer }).ToList());
        for (var j = 0; j < toCompile.Count; j++)
        {
            var (i, key, _) = toCompile[j];
            var item = items[i];
            var (keyFunction, keyProblem) = compiled[2 * j];
            var (answerFunction, answerProblem) = compiled[2 * j + 1];
            if (keyFunction is null) { outcomes[i] = Outcome(item, QuizStatus.Error, QuizFeedback.KeyBroken(keyProblem!)); continue; }
            if (answerFunction is null) { outcomes[i] = Outcome(item, QuizStatus.Invalid, answerProblem); continue; }
            var (status, message) = QuizComparer.Compare(item, key.IsVector, new QuizFunction(keyFunction), new QuizFunction(answerFunction));
            outcomes[i] = Outcome(item, status, message);
        }
        return outcomes.Select(o => o!).ToList();
    }

    /// <summary>Answers to questions without a key: checked as far as that is possible (the
    /// allow-list, the slips, the compiler), never compared.</summary>
    private static void CheckWithoutKey(IReadOnlyList<QuizItem> items, QuizOutcome?[] outcomes)
    {
        var parsed = new List<(int index, QuizExpression answer)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (outcomes[i] is not null || items[i].Key.Length > 0) continue;
            var (answer, problem) = QuizParser.Parse(items[i].Answer!, items[i].Parameters);
            if (answer is null) outcomes[i] = Outcome(items[i], QuizStatus.Invalid, problem);
            else parsed.Add((i, answer));
        }
        var compiled = QuizCompiler.Compile(parsed.Select(p => p.answer).ToList());
        for (var j = 0; j < parsed.Count; j++)
        {
            var (i, _) = parsed[j];
            var (function, problem) = compiled[j];
            outcomes[i] = function is null
                ? Outcome(items[i], QuizStatus.Invalid, problem)
                : Outcome(items[i], QuizStatus.Accepted, QuizFeedback.AcceptedWithoutKey);
        }
    }

    private static QuizOutcome Outcome(QuizItem item, QuizStatus status, string? message) => new()
    {
        Id = item.Id,
        Status = status,
        Message = message,
    };

}
