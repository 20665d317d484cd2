using System.CommandLine;
using Grader.Quiz;
using Grader.Workers;

namespace Grader.Cli;

/// <summary>`quiz [module] [--answers file] [--format text|json]`: the module's quiz, asked in the
/// terminal one question at a time (each answer judged at once, one retry), or a whole answers
/// file graded at once. Answers are evaluated only in a worker process. In a student's repository,
/// which has no key, answers are checked and written to quiz-answers.txt (<see cref="QuizWithoutKey"/>).</summary>
internal static class QuizCommand
{
    public static Command Create(Option<string?> course)
    {
        var module = new Argument<string?>("module")
        {
            Description = "Module slug or unique prefix (01). Default: the module whose assignments/<slug> folder you are in.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var answers = new Option<string?>("--answers", "-a") { Description = $"Grade this answers file ({QuizAnswers.FileName} format: one \"q1: <expression>\" per line) instead of asking." };
        var format = new Option<string>("--format", "-f") { Description = "Output: text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("quiz", "Take a module's quiz: answer with C# expressions, judged numerically.") { module, answers, format };
        command.SetAction(async (result, ct) =>
        {
            using var host = GraderHost.Build(result.GetValue(course));
            var catalog = GraderHost.Catalog(host);
            var slug = result.GetValue(module) ?? ModuleInference.FromFolder(Directory.GetCurrentDirectory()).slug;
            if (slug is null)
                throw GraderException.BadInput("name the module (e.g. `quiz 01`), or run this inside assignments/<slug>/. Modules: " + string.Join(", ", catalog.Slugs()) + ".");
            var found = GraderHost.Module(host, slug, needsHiddenTests: false);
            // A student's repository has the questions and never the key: answers are checked, not marked.
            var withoutKey = found.Layout.StudentRepository;
            var (quiz, quizError) = withoutKey ? QuizFile.LoadQuestions(found) : QuizFile.Load(found);
            if (quiz is null) throw GraderException.BadInput(quizError!);

            var file = result.GetValue(answers);
            QuizAnswerSheet? sheet = null;
            if (file is not null)
            {
                if (!File.Exists(file)) throw GraderException.BadInput($"the answers file '{file}' does not exist.");
                sheet = QuizAnswers.Parse(await File.ReadAllTextAsync(file, ct), quiz);
            }

            var grader = new QuizGrader(quiz);
            var json = result.GetValue(format) == "json";
            await using var session = new WorkerSession(WorkerLimits.For(found));
            var prompts = json ? Console.Error : Console.Out;
            // Saved answers go where the loader looks for them: the module folder the student is in, else here.
            var (inferred, moduleFolder) = ModuleInference.FromFolder(Directory.GetCurrentDirectory());
            var answersPath = Path.Combine(inferred == found.Slug ? moduleFolder! : Directory.GetCurrentDirectory(), QuizAnswers.FileName);
            var report = sheet is not null ? await grader.GradeAsync(session, sheet.Answers, ct)
                : withoutKey ? await new QuizWithoutKey(found, grader, session, Console.In, prompts).AskAsync(found.AssignmentDirectory, ct)
                : await new QuizInteractive(found, grader, session, Console.In, prompts, answersPath).RunAsync(ct);
            if (report is null) return ExitCodes.Cancelled;
            var notes = sheet?.Notes ?? [];
            if (json) Console.Out.Write(QuizPrinter.Json(found, report, notes));
            else if (sheet is not null) Console.Out.Write(withoutKey ? QuizWithoutKey.Text(found, report, notes) : QuizPrinter.Text(found, report, notes));
            return ExitCodes.Ok;
        });
        return command;
    }
}
