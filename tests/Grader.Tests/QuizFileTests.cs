using Grader.Modules;
using Grader.Quiz;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The supervisor's side of quizzes, no worker needed: reading quiz.json with its key,
/// clear errors for broken files, and parsing a student's quiz-answers.txt.</summary>
[TestFixture]
public sealed class QuizFileTests
{
    private string _root = "";

    [SetUp]
    public void MakeCourse() => _root = Directory.CreateTempSubdirectory("quiz-course-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(_root, recursive: true);

    private CourseModule Module(string questions, string? key)
    {
        var assignment = Directory.CreateDirectory(Path.Combine(_root, "assignments", "99-test")).FullName;
        File.WriteAllText(Path.Combine(assignment, "quiz.json"), questions);
        if (key is not null)
        {
            var tests = Directory.CreateDirectory(Path.Combine(_root, "tests", "99-test")).FullName;
            File.WriteAllText(Path.Combine(tests, "quiz-key.json"), key);
        }
        return new CourseModule(new ModuleManifest { Slug = "99-test", Title = "Test" }, new CourseLayout(_root), new ModuleLimits());
    }

    private const string TwoQuestions = """
        { "questions": [
            { "id": "q1", "prompt": "d/dx x²", "parameters": ["x"], "domain": [[-1, 1]] },
            { "id": "q2", "prompt": "a number", "points": 2 } ] }
        """;

    [Test]
    public void A_valid_quiz_loads_with_its_keys()
    {
        var (quiz, error) = QuizFile.Load(Module(TwoQuestions, """{ "keys": { "q1": "2*x", "q2": "1.5" } }"""));
        Assert.That(error, Is.Null);
        Assert.That(quiz!.Questions.Select(q => q.Id), Is.EqualTo(new[] { "q1", "q2" }));
        Assert.That(quiz.MaxScore, Is.EqualTo(3));
        Assert.That(quiz.Questions[0].Tolerance, Is.EqualTo(1e-9));
    }

    [Test]
    public void Without_its_key_a_quiz_is_not_graded()
    {
        var module = Module(TwoQuestions, null);
        Assert.That(QuizFile.Exists(module), Is.False);
        Assert.That(QuizFile.Load(module).error, Does.Contain("no answer key"));
    }

    [TestCase("{ \"questions\": [ ", "quiz.json is invalid")]
    [TestCase("""{ "questions": [ { "id": "q1", "prompt": "p", "parameters": ["x"] } ] }""", "1 parameter(s) but 0 domain interval(s)")]
    [TestCase("""{ "questions": [ { "id": "q1", "prompt": "p", "parameters": ["x"], "domain": [[1, -1]] } ] }""", "finite lo < hi")]
    [TestCase("""{ "questions": [ { "id": "q1", "prompt": "p" }, { "id": "q1", "prompt": "p" } ] }""", "'q1' is used twice")]
    [TestCase("""{ "questions": [ { "id": "q1", "prompt": "p", "parameters": ["1x"], "domain": [[0, 1]] } ] }""", "'1x' is not a plain C# name")]
    public void A_broken_quiz_file_gets_a_message_naming_the_problem(string questions, string says)
    {
        var (quiz, error) = QuizFile.Load(Module(questions, """{ "keys": { "q1": "1" } }"""));
        Assert.That(quiz, Is.Null);
        Assert.That(error, Does.Contain(says));
    }

    [Test]
    public void A_key_file_that_misses_a_question_is_named()
    {
        var (_, error) = QuizFile.Load(Module(TwoQuestions, """{ "keys": { "q1": "2*x", "q3": "1" } }"""));
        Assert.That(error, Does.Contain("no key for q2").And.Contain("key 'q3' is not a question"));
    }

    [Test]
    public void Answers_are_read_line_by_line_ignoring_blanks_and_comments()
    {
        var (quiz, _) = QuizFile.Load(Module(TwoQuestions, """{ "keys": { "q1": "2*x", "q2": "1.5" } }"""));
        var sheet = QuizAnswers.Parse("""
            # my answers

            Q1: x > 0 ? 2*x : x + x   # a ternary keeps its colon
            q2: 1.0
            q2: 1.5
            nonsense
            q7: 3
            """, quiz!);
        Assert.That(sheet.Answers, Is.EqualTo(new Dictionary<string, string> { ["q1"] = "x > 0 ? 2*x : x + x", ["q2"] = "1.5" }));
        Assert.That(sheet.Notes, Has.Count.EqualTo(3));
        Assert.That(sheet.Notes, Has.Some.Contains("more than once").And.Some.Contains("'q7' is not a question").And.Some.Contains("q1: <expression>"));
    }
}
