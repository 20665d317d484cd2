using Grader.Loading;

namespace Grader.Quiz;

/// <summary>Reads quiz-answers.txt: one answer per line, "q1: 3*x*x" (ids match the quiz's,
/// ignoring case); blank lines and # comments are ignored. The loader finds and reads the file
/// (<see cref="QuizAnswerFile"/>).</summary>
public static class QuizAnswers
{
    public const string FileName = QuizAnswerFile.FileName;

    /// <summary>The answers in the file the loader read; a missing or unusable file is a sheet
    /// with no answers and a note saying why.</summary>
    public static QuizAnswerSheet Sheet(QuizAnswerFile? file, QuizDefinition quiz) => file switch
    {
        null => QuizAnswerSheet.Missing($"{FileName} was not in the submission: the quiz's {quiz.Questions.Count} questions score nothing."),
        { Problem: { } problem } => QuizAnswerSheet.Missing(problem),
        _ => Parse(file.Text ?? "", quiz),
    };

    public static QuizAnswerSheet Parse(string text, QuizDefinition quiz)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var notes = new List<string>();
        var lineNumber = 0;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            // '#' never occurs in an allowed answer, so everything after it is a comment.
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            var colon = line.IndexOf(':');
            var id = colon > 0 ? line[..colon].Trim() : "";
            var question = quiz.Questions.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.OrdinalIgnoreCase));
            if (colon <= 0)
            {
                notes.Add($"{FileName} line {lineNumber} was ignored: write each answer as \"q1: <expression>\".");
                continue;
            }
            if (question is null)
            {
                notes.Add($"{FileName} line {lineNumber} was ignored: '{Short(id)}' is not a question of this quiz ({string.Join(", ", quiz.Questions.Select(q => q.Id))}).");
                continue;
            }
            if (answers.ContainsKey(question.Id))
                notes.Add($"{FileName} answers {question.Id} more than once: the last answer (line {lineNumber}) counts.");
            answers[question.Id] = line[(colon + 1)..].Trim();
        }
        return new QuizAnswerSheet(answers, notes);
    }

    private static string Short(string s) => s.Length <= 20 ? s : s[..19] + "…";
}
