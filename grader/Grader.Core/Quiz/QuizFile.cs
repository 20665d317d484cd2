using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Grader.Modules;

namespace Grader.Quiz;

/// <summary>Reads a module's quiz: the questions from assignments/&lt;slug&gt;/quiz.json (shipped to
/// students) and the keys from tests/&lt;slug&gt;/quiz-key.json (hidden, same ids). A broken file
/// gives one message naming the file and what is wrong in it.</summary>
public static partial class QuizFile
{
    public const string QuestionsFileName = CourseLayout.QuizQuestionsFileName;

    public static string QuestionsPath(CourseModule module) => module.Layout.QuizQuestions(module.Slug);

    public static string KeyPath(CourseModule module) => module.Layout.QuizKey(module.Slug);

    /// <summary>A module has a quiz when both files exist; a quiz.json without its key (a
    /// student's copy of the course) is not graded.</summary>
    public static bool Exists(CourseModule module) => File.Exists(QuestionsPath(module)) && File.Exists(KeyPath(module));

    /// <summary>The quiz, or null and why not (no quiz.json, no key, or a file that is broken).</summary>
    public static (QuizDefinition? quiz, string? error) Load(CourseModule module)
    {
        var questionsPath = QuestionsPath(module);
        var keyPath = KeyPath(module);
        var shownQuestions = module.Layout.Shown(questionsPath);
        var shownKey = module.Layout.Shown(keyPath);
        if (!File.Exists(questionsPath)) return (null, $"The module {module.Slug} has no quiz ({shownQuestions}).");
        if (!File.Exists(keyPath)) return (null, $"The quiz of {module.Slug} has no answer key here ({shownKey}); quizzes are graded where the course's hidden tests are.");

        var (questions, error) = Read<QuizQuestionsFile>(questionsPath, shownQuestions);
        if (questions is null) return (null, error);
        var (keys, keyError) = Read<QuizKeyFile>(keyPath, shownKey);
        if (keys is null) return (null, keyError);

        var problems = Problems(questions.Questions).Select(p => $"{shownQuestions}: {p}")
            .Concat(KeyProblems(questions.Questions, keys.Keys).Select(p => $"{shownKey}: {p}")).ToList();
        if (problems.Count > 0) return (null, $"The quiz of {module.Slug} is invalid: " + string.Join("; ", problems.Take(5)) + (problems.Count > 5 ? "; ..." : "."));
        return (new QuizDefinition(questions.Questions, keys.Keys), null);
    }

    /// <summary>The questions alone, for a student repository, which has no key: answers can be
    /// checked there (allowed, no slip, compiles) but not marked.</summary>
    public static (QuizDefinition? quiz, string? error) LoadQuestions(CourseModule module)
    {
        var questionsPath = QuestionsPath(module);
        var shown = module.Layout.Shown(questionsPath);
        if (!File.Exists(questionsPath)) return (null, $"The module {module.Slug} has no quiz ({shown}).");
        var (questions, error) = Read<QuizQuestionsFile>(questionsPath, shown);
        if (questions is null) return (null, error);
        var problems = Problems(questions.Questions).Select(p => $"{shown}: {p}").ToList();
        if (problems.Count > 0) return (null, $"The quiz of {module.Slug} is invalid: " + string.Join("; ", problems.Take(5)) + (problems.Count > 5 ? "; ..." : "."));
        return (new QuizDefinition(questions.Questions, new Dictionary<string, string>()), null);
    }

    private static (T? value, string? error) Read<T>(string path, string shown) where T : class
    {
        try
        {
            var value = JsonConvert.DeserializeObject<T>(File.ReadAllText(path));
            return value is null ? (null, $"{shown} is empty.") : (value, null);
        }
        catch (JsonException e)
        {
            return (null, $"{shown} is invalid: {e.Message}");
        }
        catch (IOException e)
        {
            return (null, $"{shown} cannot be read: {e.Message}");
        }
    }

    private static IEnumerable<string> Problems(IReadOnlyList<QuizQuestion> questions)
    {
        if (questions.Count == 0) yield return "it has no questions";
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var q in questions)
        {
            if (!Id().IsMatch(q.Id)) { yield return $"question id '{q.Id}' must be letters, digits, '-' or '_'"; continue; }
            if (!seen.Add(q.Id)) yield return $"question id '{q.Id}' is used twice";
            if (string.IsNullOrWhiteSpace(q.Prompt)) yield return $"{q.Id} has no prompt";
            foreach (var p in q.Parameters.Where(p => !Identifier().IsMatch(p) || p == "Math"))
                yield return $"{q.Id}: parameter '{p}' is not a plain C# name";
            if (q.Parameters.Distinct(StringComparer.Ordinal).Count() != q.Parameters.Count) yield return $"{q.Id} names a parameter twice";
            if (q.Domain.Count != q.Parameters.Count)
                yield return $"{q.Id} has {q.Parameters.Count} parameter(s) but {q.Domain.Count} domain interval(s): give one [lo, hi] per parameter";
            else if (q.Domain.Any(d => d is not [var lo, var hi] || !double.IsFinite(lo) || !double.IsFinite(hi) || lo >= hi))
                yield return $"{q.Id}: every domain interval must be [lo, hi] with finite lo < hi";
            if (!double.IsFinite(q.Points) || q.Points < 0) yield return $"{q.Id}: points must be a number ≥ 0";
            if (!double.IsFinite(q.Tolerance) || q.Tolerance <= 0) yield return $"{q.Id}: tolerance must be a number > 0";
        }
    }

    private static IEnumerable<string> KeyProblems(IReadOnlyList<QuizQuestion> questions, IReadOnlyDictionary<string, string> keys)
    {
        foreach (var q in questions.Where(q => !keys.TryGetValue(q.Id, out var k) || string.IsNullOrWhiteSpace(k)))
            yield return $"no key for {q.Id}";
        foreach (var id in keys.Keys.Where(id => questions.All(q => q.Id != id)))
            yield return $"key '{id}' is not a question of quiz.json";
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex Id();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,30}$")]
    private static partial Regex Identifier();
}
