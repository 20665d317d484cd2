using Grader.Modules;
using Grader.Protocol;
using Grader.Quiz;
using Grader.Reports;
using Grader.Workers;

namespace Grader.Cli;

/// <summary>The quiz in a student's repository, where the key never is: every answer is checked as
/// far as that is possible without it (allowed names only, no slip such as x^2 or 1/2, it compiles)
/// and the accepted answers are written to quiz-answers.txt, the file handed in. Marking happens
/// when the student pushes, where the key is.</summary>
internal sealed class QuizWithoutKey(CourseModule module, QuizGrader grader, WorkerSession session, TextReader input, TextWriter output)
{
    /// <summary>No marks are at stake here, so a rejected answer may be retried a few times.</summary>
    private const int Attempts = 3;

    /// <summary>Asks every question, then writes the answers file into <paramref name="folder"/>;
    /// a question skipped keeps the answer the file already had.</summary>
    public async Task<QuizReport> AskAsync(string folder, CancellationToken ct)
    {
        var quiz = grader.Quiz;
        var path = Path.Combine(folder, QuizAnswers.FileName);
        var previous = File.Exists(path) ? QuizAnswers.Parse(await File.ReadAllTextAsync(path, ct), quiz).Answers : new Dictionary<string, string>();
        output.WriteLine($"Quiz: {module.Manifest.Title} ({module.Slug}): {quiz.Questions.Count} questions, {Show.Points(quiz.MaxScore)} points, marked when you push {QuizAnswers.FileName}.");
        output.WriteLine("Each answer is checked here for slips (x^2, 1/2, sin x, 2x) and names that are not allowed; the key is not in this repository.");
        output.WriteLine(QuizPrinter.HowToAnswer);

        var answers = new Dictionary<string, string>(previous, StringComparer.Ordinal);
        var outcomes = new List<QuizOutcome>();
        var ended = false;
        foreach (var question in quiz.Questions)
        {
            output.WriteLine();
            QuizPrinter.Question(output, question);
            if (previous.TryGetValue(question.Id, out var before)) output.WriteLine($"   in {QuizAnswers.FileName} now: {before}  (an empty line keeps it)");
            QuizOutcome? outcome = null;
            for (var attempt = 0; attempt < Attempts && !ended; attempt++)
            {
                output.Write(attempt == 0 ? "> " : "try again (empty line to skip) > ");
                output.Flush();
                var line = await input.ReadLineAsync(ct);
                if (line is null) { ended = true; output.WriteLine(); break; }
                if (string.IsNullOrWhiteSpace(line)) { output.WriteLine("   skipped"); break; }
                outcome = await CheckAsync(question, line.Trim(), ct);
                output.WriteLine(outcome.Status == QuizStatus.Accepted ? "   ✔ accepted: " + outcome.Message : "   ✘ not accepted: " + outcome.Message);
                if (outcome.Status == QuizStatus.Accepted) { answers[question.Id] = line.Trim(); break; }
            }
            outcomes.Add(outcome ?? new QuizOutcome { Id = question.Id, Status = QuizStatus.Missing, Message = "Not answered." });
        }

        await File.WriteAllTextAsync(path, AnswersFile(answers), ct);
        output.WriteLine();
        output.WriteLine($"Wrote {QuizAnswers.FileName} ({answers.Count} of {quiz.Questions.Count} questions answered).");
        output.WriteLine(HandIn);
        return grader.Report(outcomes);
    }

    /// <summary>How the quiz is handed in: the file, committed and pushed with the code.</summary>
    public static string HandIn =>
        $"Hand it in by committing and pushing it: git add {QuizAnswers.FileName} && git commit -m \"Quiz answers\" && git push";

    /// <summary>An answers file checked at once; the verdict per question, and no total (there is none without the key).</summary>
    public static string Text(CourseModule module, QuizReport report, IReadOnlyList<string> notes)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"Quiz: {module.Manifest.Title} ({module.Slug}), checked without the key");
        foreach (var note in notes) sb.AppendLine("Note: " + note);
        foreach (var q in report.Questions)
        {
            var mark = q.Status switch { QuizStatus.Accepted => "✔", QuizStatus.Missing => "–", _ => "✘" };
            sb.AppendLine($"  {mark} {q.Id}  {q.Prompt}  ({q.Status.ToWire()}, worth {Show.Points(q.MaxScore)})");
            if (q.Status is QuizStatus.Invalid or QuizStatus.Error && q.Message is not null) sb.AppendLine("      " + q.Message);
        }
        var accepted = report.Questions.Count(q => q.Status == QuizStatus.Accepted);
        sb.AppendLine($"{accepted} of {report.Questions.Count} answers are well-formed; the quiz ({Show.Points(report.MaxScore)} points) is marked when you push.");
        return sb.ToString();
    }

    private async Task<QuizOutcome> CheckAsync(QuizQuestion question, string answer, CancellationToken ct)
    {
        var run = await session.QuizAsync(Pipeline.WorkerRequests.Quiz([grader.Item(question, answer)]), QuizGrader.Limit, ct);
        return run.Failure is null && run.Outcomes.Count == 1
            ? run.Outcomes[0]
            : new QuizOutcome { Id = question.Id, Status = QuizStatus.Error, Message = "The answer could not be checked: " + (run.Failure ?? "no result") };
    }

    private string AnswersFile(IReadOnlyDictionary<string, string> answers)
    {
        var sb = new System.Text.StringBuilder($"# Quiz answers for {module.Slug}: one \"id: expression\" per line. Handed in with your code.\n");
        foreach (var q in grader.Quiz.Questions.Where(q => answers.ContainsKey(q.Id)))
            sb.Append(q.Id).Append(": ").Append(answers[q.Id]).Append('\n');
        return sb.ToString();
    }
}
