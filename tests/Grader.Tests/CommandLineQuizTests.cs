using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The quiz command as a student runs it: every slip of an answer named at once, Ctrl+C
/// ending the interactive quiz cleanly, and the answers saved as the file to hand in.
/// (tests/quiz-interactive.sh does the same in a real terminal.)</summary>
[TestFixture]
public sealed class CommandLineQuizTests
{
    private string _dir = "";

    [SetUp]
    public void Make() => _dir = Directory.CreateTempSubdirectory("grader-quiz-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Every_slip_in_an_answer_is_named_at_once()
    {
        var answers = Path.Combine(_dir, "answers.txt");
        File.WriteAllText(answers, "q3: s - s^2 + sin(s)\n");
        var r = Processes.Grader("quiz", "01", "--answers", answers);

        Assert.That(r.Exit, Is.Zero, r.Output);
        Assert.That(r.Stdout, Does.Contain("2 things to fix: (1) C# has no power operator: ^ is bitwise XOR. Write s*s or Math.Pow(s, 2). " +
                                           "(2) write Math.Sin: C# is case-sensitive and needs the Math. prefix."));
    }

    [Test]
    public void Ctrl_c_ends_the_interactive_quiz_cleanly_and_saves_nothing()
    {
        using var p = Processes.StartGrader(Repo.Root, _dir, stdin: true, "quiz", "01");
        var output = new OutputLines(p);
        Assert.That(output.WaitFor("variables: x"), Is.True, output.Seen);
        // What Ctrl+C in a terminal sends; the quiz is waiting for the first answer.
        using (var kill = Processes.Start("kill", ["-INT", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        Assert.That(output.WaitFor("Quiz stopped (Ctrl+C) after 0 of 4 answers; nothing was saved."), Is.True, output.Seen);
        Assert.That(p.WaitForExit(TimeSpan.FromMinutes(1)), Is.True, "the quiz ended");
        Assert.That(p.ExitCode, Is.EqualTo(130));
        Assert.That(output.Seen, Does.Not.Contain("Unhandled").And.Not.Contain("   at "));
        Assert.That(Directory.GetFiles(_dir), Is.Empty, "nothing saved");
    }

    [Test]
    public void The_interactive_quiz_offers_to_save_the_answers_to_hand_in()
    {
        using var p = Processes.StartGrader(Repo.Root, _dir, stdin: true, "quiz", "01");
        var output = new OutputLines(p);
        // q1 answered, q2 answered wrongly (its retry skipped), q3 and q4 skipped; then yes to saving.
        foreach (var line in new[] { "x => x*x*(3*Math.Sin(x) + x*Math.Cos(x))", "Math.Cos(2*x)", "", "", "", "y" })
            p.StandardInput.WriteLine(line);
        p.StandardInput.Close();
        Assert.That(p.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, output.Seen);
        var saved = Path.Combine(_dir, "quiz-answers.txt");
        Assert.That(output.WaitFor("saved 2 answers to " + saved), Is.True, output.Seen);
        Assert.That(p.ExitCode, Is.Zero);
        Assert.That(File.ReadAllLines(saved).Where(l => !l.StartsWith('#')),
            Is.EqualTo(new[] { "q1: x => x*x*(3*Math.Sin(x) + x*Math.Cos(x))", "q2: Math.Cos(2*x)" }));

        // The saved file is what grading reads: q1 right, q2 wrong.
        var graded = Processes.Grader("quiz", "01", "--answers", saved);
        Assert.That(graded.Stdout, Does.Contain("Total: 1 / 4"));
    }
}
