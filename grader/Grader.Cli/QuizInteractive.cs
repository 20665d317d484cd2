using System.Diagnostics;
using Grader.Modules;
using Grader.Pipeline;
using Grader.Protocol;
using Grader.Quiz;
using Grader.Reports;
using Grader.Workers;

namespace Grader.Cli;

/// <summary>The quiz in a terminal: each question asked, each answer judged by the worker as soon
/// as it is typed, one retry after a wrong or rejected answer, an empty line to skip; the total
/// at the end, then the offer to save the answers as the file to hand in. Reading stops at end of
/// input (the rest count as not answered); Ctrl+C stops the quiz at once, saving nothing.</summary>
internal sealed class QuizInteractive(CourseModule module, QuizGrader grader, WorkerSession session, TextReader input, TextWriter output, string answersPath)
{
    /// <summary>Set GRADER_QUIZ_TIMING=1 to see how long each evaluation took.</summary>
    private static readonly bool ShowTiming = Environment.GetEnvironmentVariable("GRADER_QUIZ_TIMING") == "1";

    /// <returns>The report; null when Ctrl+C stopped the quiz.</returns>
    public async Task<QuizReport?> RunAsync(CancellationToken ct)
    {
        var answered = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            return await AskAsync(answered, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            output.WriteLine();
            output.WriteLine($"Quiz stopped (Ctrl+C) after {answered.Count} of {grader.Quiz.Questions.Count} answers; nothing was saved.");
            return null;
        }
    }

    private async Task<QuizReport> AskAsync(Dictionary<string, string> answered, CancellationToken ct)
    {
        var quiz = grader.Quiz;
        // Start the worker and its compiler while the student reads the first question: the first
        // evaluation would otherwise take a couple of seconds.
        var warmUp = session.QuizAsync(WorkerRequests.Quiz([grader.Item(quiz.Questions[0], quiz.Keys[quiz.Questions[0].Id])]), QuizGrader.Limit, ct);

        output.WriteLine($"Quiz: {module.Manifest.Title} ({module.Slug}): {quiz.Questions.Count} questions, {Show.Points(quiz.MaxScore)} points.");
        output.WriteLine("Answer each with a C# expression in the question's variables, e.g. 3*x*x + Math.Sin(x) or x => 3*x*x.");
        output.WriteLine(QuizPrinter.HowToAnswer);

        var outcomes = new List<QuizOutcome>();
        var ended = false;
        foreach (var question in quiz.Questions)
        {
            output.WriteLine();
            QuizPrinter.Question(output, question);
            QuizOutcome? outcome = null;
            for (var attempt = 0; attempt < 2 && !ended; attempt++)
            {
                output.Write(attempt == 0 ? "> " : "try again (empty line to skip) > ");
                output.Flush();
                var line = await ReadLineAsync(ct);
                if (line is null) { ended = true; output.WriteLine(); break; }
                if (string.IsNullOrWhiteSpace(line)) { output.WriteLine("   skipped"); break; }
                answered[question.Id] = line.Trim();
                await IgnoreFailure(warmUp);
                outcome = await JudgeAsync(question, line, ct);
                output.WriteLine("   " + Verdict(outcome, question.Hint));
                if (outcome.Status is QuizStatus.Correct or QuizStatus.Error) break;
            }
            outcomes.Add(outcome ?? new QuizOutcome { Id = question.Id, Status = QuizStatus.Missing, Message = "Not answered." });
        }
        await IgnoreFailure(warmUp);

        var report = grader.Report(outcomes);
        output.WriteLine();
        output.WriteLine($"Total: {Show.Points(report.Score)} / {Show.Points(report.MaxScore)}");
        if (!ended && answered.Count > 0) await OfferToSaveAsync(answered, ct);
        return report;
    }

    /// <summary>The answers as the file to hand in (the last one typed for each question), if the
    /// student says so; an existing file is replaced only on an explicit yes.</summary>
    private async Task OfferToSaveAsync(Dictionary<string, string> answered, CancellationToken ct)
    {
        var exists = File.Exists(answersPath);
        output.Write(exists ? $"Replace {answersPath} with these answers? [y/N] " : $"Save these answers to {answersPath} to hand in? [Y/n] ");
        output.Flush();
        var reply = (await ReadLineAsync(ct))?.Trim().ToLowerInvariant();
        if (reply is null) { output.WriteLine(); return; }
        if (!(reply is "y" or "yes" || (reply.Length == 0 && !exists))) { output.WriteLine("   not saved"); return; }
        var lines = grader.Quiz.Questions.Where(q => answered.ContainsKey(q.Id)).Select(q => $"{q.Id}: {answered[q.Id]}");
        try
        {
            await File.WriteAllTextAsync(answersPath, $"# {module.Slug} quiz answers (one \"id: expression\" per line)\n" + string.Join("\n", lines) + "\n", ct);
            output.WriteLine($"   saved {answered.Count} answer{(answered.Count == 1 ? "" : "s")} to {answersPath}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"   could not save: {e.Message}");
        }
    }

    /// <summary>A line of input that Ctrl+C interrupts. The console's reader blocks until Enter,
    /// even in ReadLineAsync (it completes synchronously) and whatever token it is given: so the
    /// read runs on another thread and the wait for it is what is cancelled.</summary>
    private Task<string?> ReadLineAsync(CancellationToken ct) => Task.Run(input.ReadLine, CancellationToken.None).WaitAsync(ct);

    private async Task<QuizOutcome> JudgeAsync(QuizQuestion question, string answer, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var run = await session.QuizAsync(WorkerRequests.Quiz([grader.Item(question, answer)]), QuizGrader.Limit, ct);
        if (ShowTiming) output.WriteLine($"   ({clock.Elapsed.TotalMilliseconds:0} ms)");
        return run.Failure is null && run.Outcomes.Count == 1
            ? run.Outcomes[0]
            : new QuizOutcome { Id = question.Id, Status = QuizStatus.Error, Message = "The answer could not be evaluated: " + (run.Failure ?? "no result") };
    }

    private static string Verdict(QuizOutcome o, string? hint) => o.Status switch
    {
        QuizStatus.Correct => "✔ correct",
        QuizStatus.Wrong => "✘ wrong: " + QuizGrader.WithHint(o.Message, hint),
        QuizStatus.Invalid => "✘ not accepted: " + o.Message,
        _ => "✘ " + o.Status.ToWire() + ": " + o.Message,
    };

    private static async Task IgnoreFailure(Task warmUp)
    {
        try { await warmUp; }
        catch (Exception e) when (e is InvalidOperationException or IOException) { }
    }
}
