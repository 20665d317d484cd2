using Grader.Loading;
using Grader.Pipeline;
using System.Diagnostics;
using Grader.Protocol;
using Grader.Quiz;
using Grader.Workers;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Quiz answers judged by a real worker process: correct answers however they are
/// written, wrong ones with the point where they differ, the classic slips with their own advice,
/// hostile code rejected before anything is compiled or run, and quiz points in a graded report.</summary>
[TestFixture]
public sealed class QuizTests
{
    private WorkerSession _session = null!;

    [OneTimeSetUp]
    public void StartWorker() => _session = new WorkerSession(new WorkerLimits(256, []));

    [OneTimeTearDown]
    public async Task StopWorker() => await _session.DisposeAsync();

    private static QuizItem Item(string key, string? answer, params string[] parameters) => new()
    {
        Id = "q1", Parameters = parameters, Key = key, Answer = answer, Domain = parameters.Select(_ => new[] { -3.0, 3.0 }).ToList(),
    };

    private async Task<QuizOutcome> Judge(QuizItem item)
    {
        var run = await _session.QuizAsync(WorkerRequests.Quiz([item]), QuizGrader.Limit, CancellationToken.None);
        Assert.That(run.Failure, Is.Null, "the worker failed");
        return run.Outcomes.Single();
    }

    private const string ProductRuleKey = "3*x*x*Math.Sin(x) + x*x*x*Math.Cos(x)";

    [TestCase("3*x*x*Math.Sin(x) + x*x*x*Math.Cos(x)")]
    [TestCase("x => x*x*(3*Math.Sin(x) + x*Math.Cos(x))")]
    [TestCase("(x) => Math.Pow(x, 2)*(3*Math.Sin(x) + x*Math.Cos(x))")]
    [TestCase("(double x) => x*x*x*Math.Cos(x) + 3*Math.Sin(x)*x*x;")]
    [TestCase("x > 0 ? 3*x*x*Math.Sin(x) + x*x*x*Math.Cos(x) : -(-3*x*x*Math.Sin(x) - Math.Cbrt(x*x*x)*x*x*Math.Cos(x))")]
    public async Task Correct_answers_written_differently_score_full(string answer)
    {
        var o = await Judge(Item(ProductRuleKey, answer, "x"));
        Assert.That(o.Status, Is.EqualTo(QuizStatus.Correct), o.Message);
    }

    [TestCase("(1 + x*y)*Math.Exp(x*y)", "(x, y) => Math.Exp(x*y) + x*y*Math.Exp(x*y)")]
    [TestCase("new[] { 2*x, 6*y }", "(x, y) => new double[] { 2*x, 6*y }")]
    [TestCase("new[] { 2*x, 6*y }", "[x + x, 3*(y + y)]")]
    public async Task Two_variable_and_array_answers_are_compared_everywhere(string key, string answer)
    {
        var o = await Judge(Item(key, answer, "x", "y"));
        Assert.That(o.Status, Is.EqualTo(QuizStatus.Correct), o.Message);
    }

    [TestCase("2.0/6", "1.0/3", QuizStatus.Correct)]
    [TestCase("2.0/6", "() => 0.5 - 1/6.0", QuizStatus.Correct)]
    [TestCase("2.0/6", "0.3", QuizStatus.Wrong)]
    [TestCase("new[] { 7, 6 }", "new[] { 7.0, 6.0 }", QuizStatus.Correct)]
    [TestCase("new[] { 7, 6 }", "new[] { 6, 7 }", QuizStatus.Wrong)]
    public async Task Constant_answers_compare_directly(string key, string answer, QuizStatus status)
    {
        var o = await Judge(Item(key, answer));
        Assert.That(o.Status, Is.EqualTo(status), o.Message);
        // The expected value of a constant is never shown: it would be the answer.
        if (status == QuizStatus.Wrong) Assert.That(o.Message, Does.StartWith("your answer evaluates to").And.Not.Contain("expected ≈"));
    }

    [Test]
    public async Task A_wrong_answer_names_a_point_where_it_differs()
    {
        var o = await Judge(Item(ProductRuleKey, "3*x*x*Math.Sin(x)", "x"));
        Assert.That(o.Status, Is.EqualTo(QuizStatus.Wrong));
        Assert.That(o.Message, Does.Match(@"^at x = -?[0-9.]+: expected ≈ -?[0-9.e+-]+, got -?[0-9.e+-]+$"));
    }

    [Test]
    public async Task A_wrong_array_answer_shows_both_arrays_at_the_point()
    {
        var o = await Judge(Item("new[] { 2*x, 6*y }", "new[] { 2*x, 3*y }", "x", "y"));
        Assert.That(o.Status, Is.EqualTo(QuizStatus.Wrong));
        Assert.That(o.Message, Does.Match(@"^at x = [^,]+, y = [^:]+: expected ≈ \[.+, .+\], got \[.+, .+\]$"));
    }

    [TestCase("x*x", "x^2", "C# has no power operator: ^ is bitwise XOR. Write x*x or Math.Pow(x, 2).")]
    [TestCase("0.5*x", "1/2*x", "1/2 is integer division in C# and equals 0: write 1.0/2 or 0.5")]
    [TestCase("-0.5*x", "-1/2*x", "-1/2 is integer division in C# and equals 0: write -1.0/2 or -0.5")]
    [TestCase("x", "{ 7, 6 }", "an array is written new[] { 7, 6 } in C#")]
    [TestCase("x*x", "Math.pow(x, 2)", "write Math.Pow: C# is case-sensitive and needs the Math. prefix")]
    [TestCase("Math.Sin(x)", "math.sin(x)", "write Math.Sin: C# is case-sensitive and needs the Math. prefix")]
    [TestCase("Math.Sin(x)", "sin(x)", "write Math.Sin: C# is case-sensitive and needs the Math. prefix")]
    [TestCase("Math.Log(x)", "ln(x)", "write Math.Log for ln")]
    [TestCase("2*x", "2x", "C# needs * for every product: write 2*x")]
    [TestCase("x*x", "x**2", "C# has no power operator")]
    [TestCase("Math.Exp(x)", "e^x", "C# has no power operator")]
    [TestCase("Math.PI*x", "pi*x", "write Math.PI")]
    public async Task Classic_slips_get_their_own_advice(string key, string answer, string advice)
    {
        var o = await Judge(Item(key, answer, "x"));
        Assert.That(o.Status, Is.EqualTo(QuizStatus.Invalid));
        Assert.That(o.Message, Does.StartWith(advice));
    }

    [Test]
    public async Task A_slip_with_the_specific_advice_wins_over_not_allowed()
    {
        var o = await Judge(Item("x*x", "Math.pow(x, 2) + Foo(x)", "x"));
        Assert.That(o.Message, Does.StartWith("write Math.Pow"));
    }

    [TestCase("System.IO.File.ReadAllText(\"/etc/passwd\").Length", "only numbers, the parameter x, arithmetic and Math functions are allowed; 'System.IO.File' is not")]
    [TestCase("typeof(Math).Assembly", "'typeof(Math)' is not")]
    [TestCase("x => { while (true) { } return x; }", "'while' is not")]
    [TestCase("System.Environment.Exit(3)", "'System.Environment' is not")]
    [TestCase("x.GetType().Assembly.Location.Length", "'GetType' is not")]
    [TestCase("new System.Net.Http.HttpClient().Timeout.TotalSeconds", "is not")]
    [TestCase("((Func<double>)(() => x))()", "is not")]
    [TestCase("Math.Sin(x) /* */ + 0\n#r \"System.Diagnostics.Process\"", "not")]
    public async Task Hostile_answers_are_rejected_before_anything_runs(string answer, string says)
    {
        var clock = Stopwatch.StartNew();
        var o = await Judge(Item("x", answer, "x"));
        Assert.That(o.Status, Is.EqualTo(QuizStatus.Invalid));
        Assert.That(o.Message, Does.Contain(says));
        // Rejected by the allow-list (it names the construct), not by the compiler; an endless loop
        // that had run would have hit the request's time limit instead.
        Assert.That(o.Message, Does.Not.Contain("does not compile"));
        Assert.That(clock.Elapsed, Is.LessThan(QuizGrader.Limit));
    }

    [Test]
    public async Task Lambda_parameters_must_be_the_question_variables()
    {
        var o = await Judge(Item("x*y", "(a, b) => a*b", "x", "y"));
        Assert.That(o.Status, Is.EqualTo(QuizStatus.Invalid));
        Assert.That(o.Message, Does.Contain("(x, y) => …").And.Contain("(a, b) => …"));
    }

    [Test]
    public async Task A_missing_answer_is_missing_and_scores_nothing()
    {
        var o = await Judge(Item("x", null, "x"));
        Assert.That(o.Status, Is.EqualTo(QuizStatus.Missing));
    }

    [Test]
    public async Task A_broken_key_is_an_error_of_the_course_not_of_the_student()
    {
        var o = await Judge(Item("x^2", "x*x", "x"));
        Assert.That(o.Status, Is.EqualTo(QuizStatus.Error));
        Assert.That(o.Message, Does.Contain("answer key is broken"));
    }

    [Test]
    public async Task An_answer_that_does_not_compile_is_invalid_with_the_compiler_message()
    {
        var o = await Judge(Item("Math.Pow(x, 2)", "Math.Pow(x)", "x"));
        Assert.That(o.Status, Is.EqualTo(QuizStatus.Invalid));
        Assert.That(o.Message, Does.StartWith("it does not compile:").And.Contain("Pow"));
    }

    [Test]
    public async Task Where_the_key_is_finite_the_answer_must_be_but_for_isolated_points()
    {
        // NaN only within 0.02 of 0 (about one sample point): a removable singularity, forgiven.
        var isolated = await Judge(Item("x + 1", "Math.Abs(x) < 0.02 ? 0.0/0.0 : x + 1", "x"));
        var never = await Judge(Item("x", "Math.Sqrt(-1 - x*x)", "x"));
        var half = await Judge(Item("Math.Log(Math.Abs(x))", "Math.Log(x)", "x"));
        Assert.That(isolated.Status, Is.EqualTo(QuizStatus.Correct), isolated.Message);
        Assert.That(never.Status, Is.EqualTo(QuizStatus.Wrong));
        Assert.That(never.Message, Does.Contain("not a finite number anywhere"));
        Assert.That(half.Status, Is.EqualTo(QuizStatus.Wrong), "ln x is not ln |x| for x < 0");
        Assert.That(half.Message, Does.Match(@"not a finite number at \d+ of the \d+ points"));
    }

    [TestCase("x == 0.33 ? 0.13986278107598316 : 0.0/0.0")]
    [TestCase("Math.Abs(x - 0.5) < 0.2 ? x*x : double.NaN")]
    public async Task An_answer_that_is_NaN_except_where_it_matches_is_wrong(string answer)
    {
        var o = await Judge(Item("x*x", answer, "x"));
        Assert.That(o.Status, Is.Not.EqualTo(QuizStatus.Correct), o.Message);
    }

    [Test]
    public async Task One_matching_element_does_not_carry_a_NaN_one()
    {
        var o = await Judge(Item("new[] { 7.0, 6.0 }", "new[] { 0.0/0.0, 6 }"));
        Assert.That(o.Status, Is.EqualTo(QuizStatus.Wrong), o.Message);
    }

    [Test]
    public async Task Several_answers_in_one_request_are_judged_independently()
    {
        var items = new[]
        {
            Item("x*x", "x*x", "x") with { Id = "a" },
            Item("x*x", "Math.Pow(x)", "x") with { Id = "b" },
            Item("x*x", "x*x*x", "x") with { Id = "c" },
            Item("x*x", "x^2", "x") with { Id = "d" },
        };
        var run = await _session.QuizAsync(WorkerRequests.Quiz(items), QuizGrader.Limit, CancellationToken.None);
        Assert.That(run.Outcomes.Select(o => (o.Id, o.Status)), Is.EqualTo(new[]
        {
            ("a", QuizStatus.Correct), ("b", QuizStatus.Invalid), ("c", QuizStatus.Wrong), ("d", QuizStatus.Invalid),
        }));
    }

    [Test]
    public async Task First_and_warm_evaluations_are_timed()
    {
        await using var fresh = new WorkerSession(new WorkerLimits(256, []));
        var clock = Stopwatch.StartNew();
        var first = await fresh.QuizAsync(WorkerRequests.Quiz([Item(ProductRuleKey, "x*x*(3*Math.Sin(x) + x*Math.Cos(x))", "x")]), QuizGrader.Limit, CancellationToken.None);
        var cold = clock.Elapsed;
        clock.Restart();
        var second = await fresh.QuizAsync(WorkerRequests.Quiz([Item(ProductRuleKey, "Math.Pow(x, 2)*(3*Math.Sin(x) + x*Math.Cos(x))", "x")]), QuizGrader.Limit, CancellationToken.None);
        var warm = clock.Elapsed;
        TestContext.Out.WriteLine($"quiz evaluation: first (worker start + scripting) {cold.TotalMilliseconds:0} ms, warm {warm.TotalMilliseconds:0} ms");
        Assert.That(first.Outcomes.Single().Status, Is.EqualTo(QuizStatus.Correct));
        Assert.That(second.Outcomes.Single().Status, Is.EqualTo(QuizStatus.Correct));
        Assert.That(warm, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    public static IEnumerable<string> ModulesWithQuiz() =>
        Repo.Catalog.Slugs().Where(s => File.Exists(Path.Combine(Repo.Root, "assignments", s, QuizFile.QuestionsFileName)));

    /// <summary>Every key is a valid answer to its own question, and the reference answers (where
    /// the reference has them) score full marks.</summary>
    [TestCaseSource(nameof(ModulesWithQuiz))]
    public async Task Each_module_quiz_loads_and_its_keys_and_reference_answers_score_full(string slug)
    {
        var (module, error) = Repo.Catalog.Find(slug);
        Assert.That(module, Is.Not.Null, error);
        var (quiz, quizError) = QuizFile.Load(module!);
        Assert.That(quiz, Is.Not.Null, quizError);
        Assert.That(quiz!.Questions, Has.Count.InRange(3, 5));
        var grader = new QuizGrader(quiz);

        var byKey = await grader.GradeAsync(_session, quiz.Keys, CancellationToken.None);
        Assert.That(byKey.Score, Is.EqualTo(byKey.MaxScore), string.Join("\n", byKey.Questions.Select(q => $"{q.Id}: {q.Status} {q.Message}")));

        var folder = Path.Combine(Repo.Root, "reference", slug);
        var file = QuizAnswerFile.Read(folder);
        if (file is null) Assert.Ignore($"reference/{slug} has no {QuizAnswers.FileName}");
        var sheet = QuizAnswers.Sheet(file, quiz);
        var byReference = await grader.GradeAsync(_session, sheet.Answers, CancellationToken.None);
        Assert.That(byReference.Score, Is.EqualTo(byReference.MaxScore), string.Join("\n", byReference.Questions.Select(q => $"{q.Id}: {q.Status} {q.Message}")));
    }

    [Test]
    public async Task Quiz_points_are_part_of_a_graded_report()
    {
        var grader = Graders.For("01-what-is-calculus");
        var reference = await grader.GradeAsync(Path.Combine(Repo.Root, "reference", "01-what-is-calculus"), "reference");
        Assert.That(reference.Quiz, Is.Not.Null);
        Assert.That(reference.Quiz!.Score, Is.EqualTo(reference.Quiz.MaxScore).And.GreaterThan(0));
        Assert.That(reference.MaxScore, Is.EqualTo(reference.Tests.Sum(t => t.MaxScore) + reference.Quiz.MaxScore));
        Assert.That(reference.Score, Is.EqualTo(reference.MaxScore));

        // The same code without an answers file: every question missing, said in a note.
        var folder = Directory.CreateTempSubdirectory("quiz-none-").FullName;
        try
        {
            foreach (var f in Directory.GetFiles(Path.Combine(Repo.Root, "reference", "01-what-is-calculus"), "*.cs")) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
            var without = await grader.GradeAsync(folder, "no-answers");
            Assert.That(without.Quiz!.Questions.Select(q => q.Status), Is.All.EqualTo(QuizStatus.Missing));
            Assert.That(without.Score, Is.EqualTo(reference.Score - reference.Quiz.Score));
            Assert.That(without.MaxScore, Is.EqualTo(reference.MaxScore));
            Assert.That(without.Notes, Has.Some.Contains(QuizAnswers.FileName + " was not in the submission"));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
