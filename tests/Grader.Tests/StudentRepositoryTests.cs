using NUnit.Framework;

namespace Grader.Tests;

/// <summary>An exported student repository used as a student uses it, every step a real command:
/// `export`, the one setup step (`dotnet tool restore`), `dotnet grader check` on the starter and
/// on the reference, `dotnet grader watch` re-checking on a save, `dotnet grader quiz` writing quiz-answers.txt without the key, `grade` refused
/// (grading happens on push), and `dotnet test` stopped by the run settings on an infinite loop.</summary>
[TestFixture]
[NonParallelizable]
public sealed class StudentRepositoryTests
{
    private const string Slug = "08-newtons-method";
    private string _root = "";
    private string _repo = "";

    [OneTimeSetUp]
    public void Export()
    {
        _root = Directory.CreateTempSubdirectory("grader-student-").FullName;
        _repo = Path.Combine(_root, "newton");
        var export = Processes.Grader("export", Slug, "--out", _repo);
        Assert.That(export.Exit, Is.Zero, export.Output);
        // The one setup step the exported README names.
        var restore = Processes.Run("dotnet", ["tool", "restore"], _repo);
        Assert.That(restore.Exit, Is.Zero, restore.Output);
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_root, recursive: true);

    private Processes.Result Student(params string[] args) => Processes.Run("dotnet", args, _repo);

    private void Solve()
    {
        var reference = Path.Combine(Repo.Root, "reference", Slug);
        foreach (var f in Repo.Catalog.Find(Slug).module!.Manifest.EditableFiles)
            File.Copy(Path.Combine(reference, f), Path.Combine(_repo, f), overwrite: true);
    }

    [Test, Order(1)]
    public void Check_fails_on_the_starter_and_passes_with_the_reference()
    {
        var starter = Student("grader", "check");
        Assert.That(starter.Exit, Is.EqualTo(3), starter.Output);
        Assert.That(starter.Output, Does.Contain("0 of 7 public tests pass").And.Contain("Not implemented yet"));

        Solve();
        var solved = Student("grader", "check");
        Assert.That(solved.Exit, Is.Zero, solved.Output);
        Assert.That(solved.Output, Does.Contain("All public tests pass"));
    }

    [Test, Order(2)]
    public void Watch_checks_at_once_and_again_on_every_save()
    {
        Solve();
        using var watch = Processes.Start("dotnet", ["grader", "watch"], _repo);
        var seen = new List<string>();
        // Bounded only so that a watch that never reports fails instead of hanging the run.
        string? Until(string text)
        {
            while (true)
            {
                var read = watch.StandardOutput.ReadLineAsync();
                if (!read.Wait(TimeSpan.FromMinutes(5)) || read.Result is null) return null;
                seen.Add(read.Result);
                if (read.Result.Contains(text, StringComparison.Ordinal)) return read.Result;
            }
        }
        try
        {
            Assert.That(Until("public tests pass"), Is.Not.Null, "no first check:\n" + string.Join("\n", seen));
            File.AppendAllText(Path.Combine(_repo, "Minimizer.cs"), "\n// saved\n");
            Assert.That(Until("changed: Minimizer.cs"), Is.Not.Null, "no reaction to a save:\n" + string.Join("\n", seen));
            Assert.That(Until("public tests pass"), Does.Contain("All public tests pass"), string.Join("\n", seen));
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
            watch.WaitForExit();
        }
    }

    [Test, Order(3)]
    public void The_quiz_checks_answers_without_the_key_and_writes_the_answers_file()
    {
        var answers = Path.Combine(_repo, "quiz-answers.txt");
        if (File.Exists(answers)) File.Delete(answers);
        // q1: a slip, then a well-formed answer; q2: skipped; q3 and q4 answered; the key decides later.
        var run = Processes.Run("bash", ["-c", "printf 'x^2\\nx - (x*x - 2)/(2*x)\\n\\n-36\\nx - Math.Tanh(x)\\n' | dotnet grader quiz"], _repo);
        Assert.That(run.Exit, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("not accepted: C# has no power operator").And.Contain("accepted: well-formed")
            .And.Contain("Wrote quiz-answers.txt (3 of 4 questions answered)").And.Contain("git add quiz-answers.txt"));
        var lines = File.ReadAllLines(answers).Where(l => !l.StartsWith('#')).ToList();
        Assert.That(lines, Is.EqualTo(new[] { "q1: x - (x*x - 2)/(2*x)", "q3: -36", "q4: x - Math.Tanh(x)" }));

        // The file as handed in, checked at once: still no marks here.
        var file = Student("grader", "quiz", "--answers", "quiz-answers.txt");
        Assert.That(file.Exit, Is.Zero, file.Output);
        Assert.That(file.Output, Does.Contain("3 of 4 answers are well-formed").And.Not.Contain("Total:"));
    }

    [Test, Order(4)]
    public void Grading_is_refused_here_with_what_to_do_instead()
    {
        var grade = Student("grader", "grade", Slug, "--submission", ".");
        Assert.That(grade.Exit, Is.EqualTo(2), grade.Output);
        Assert.That(grade.Output, Does.Contain("student repository").And.Contain("graded when you push").And.Not.Contain("   at "));
    }

    [Test, Order(5)]
    public void The_readme_is_true_for_this_layout_and_its_total_is_the_grade()
    {
        var readme = File.ReadAllText(Path.Combine(_repo, "README.md"));
        Assert.That(readme, Does.Not.Contain("assignments/").And.Not.Contain("../../").And.Not.Contain("## Running the public tests"));
        Assert.That(readme, Does.Contain("dotnet tool restore").And.Contain("dotnet grader check").And.Contain("dotnet grader watch")
            .And.Contain("dotnet grader quiz").And.Contain("git add quiz-answers.txt"));
        var grade = Graders.For(Slug).GradeAsync(Path.Combine(Repo.Root, "reference", Slug), "reference").GetAwaiter().GetResult();
        Assert.That(grade.Quiz, Is.Not.Null);
        Assert.That(readme, Does.Contain($"The quiz ({grade.Quiz!.Questions.Count} questions, {grade.Quiz.MaxScore} points)"));
        Assert.That(readme, Does.Contain($"{grade.MaxScore - grade.Quiz.MaxScore} points from the hidden tests + {grade.Quiz.MaxScore} from the quiz = **{grade.MaxScore} points**"));
    }

    [Test, Order(6)]
    public void Dotnet_test_stops_an_infinite_loop()
    {
        Solve();
        var file = Path.Combine(_repo, "RootFinder.cs");
        var code = File.ReadAllText(file);
        var body = code.IndexOf('{', code.IndexOf("public static RootResult NewtonRaphson", StringComparison.Ordinal));
        File.WriteAllText(file, code[..(body + 1)] + "\n        while (tol > -1) { tol += 0; }\n" + code[(body + 1)..]);

        var test = Student("test");
        Assert.That(test.Exit, Is.Not.Zero, test.Output);
        Assert.That(test.Output, Does.Contain("test run timeout of 30000 milliseconds exceeded").And.Contain("Test Run Aborted"));
    }
}
