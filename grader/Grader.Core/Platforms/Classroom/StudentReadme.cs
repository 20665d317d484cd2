using System.Text.RegularExpressions;
using Grader.Modules;
using Grader.Reports;

namespace Grader.Platforms.Classroom;

/// <summary>The README of an exported student repository: the module's task README with its
/// "Running the public tests" section (written for the kit's assignments/&lt;slug&gt;/ folder)
/// replaced by one that is true in this repository: the one setup step, dotnet test, the grader's
/// check, watch and quiz, how the quiz is handed in, and the points, adding up to the grade.</summary>
public static partial class StudentReadme
{
    public const string SectionTitle = "## Working in this repository";

    /// <param name="taskReadme">assignments/&lt;slug&gt;/README.md.</param>
    /// <param name="maxScore">The grade's maximum: the hidden tests' points plus the quiz's.</param>
    /// <param name="quiz">The quiz's question count and points; null when the module has none.</param>
    public static string For(CourseModule module, string taskReadme, double maxScore, (int questions, double points)? quiz, int timeoutSeconds)
    {
        var section = Section(module, maxScore, quiz, timeoutSeconds);
        var text = taskReadme.ReplaceLineEndings("\n");
        var match = RunningSection().Match(text);
        return match.Success
            ? text[..match.Index] + section + text[(match.Index + match.Length)..]
            : text.TrimEnd('\n') + "\n\n" + section;
    }

    private static string Section(CourseModule module, double maxScore, (int questions, double points)? quiz, int timeoutSeconds)
    {
        var testPoints = Math.Round(maxScore - (quiz?.points ?? 0), 6);
        var quizPart = quiz is { } q
            ? $"""

              ### The quiz ({q.questions} questions, {Show.Points(q.points)} points)

              The questions are in `quiz.json`; answers are C# expressions (`3*x*x*Math.Sin(x)`, `new[] {"{"} 1.0, 2 {"}"}`).

              ```bash
              dotnet grader quiz                 # asks each question, checks each answer, writes quiz-answers.txt
              dotnet grader quiz --answers quiz-answers.txt   # checks a file you wrote yourself
              ```

              Each answer is checked here for the slips of maths written as C# (`x^2`, `1/2`, `sin(x)`, `2x`) and
              for names that are not allowed; whether it is right is decided when you hand it in: the key is not in
              this repository. **To hand the quiz in**, commit and push `quiz-answers.txt` (one `q1: <expression>`
              per line) with your code:

              ```bash
              git add quiz-answers.txt && git commit -m "Quiz answers" && git push
              ```

              """
            : "";
        var total = quiz is { } qq
            ? $"{Show.Points(testPoints)} points from the hidden tests + {Show.Points(qq.points)} from the quiz = **{Show.Points(maxScore)} points**"
            : $"**{Show.Points(maxScore)} points** from the hidden tests";
        return $"""
            {SectionTitle}

            Needs the .NET 10 SDK. **Once**, after cloning, install the course's grader (a local .NET tool shipped
            in `{StudentTool.SourceFolder}/`, so it installs from this repository):

            ```bash
            dotnet tool restore
            ```

            Then, in this folder:

            ```bash
            dotnet test            # the public sample tests (PublicTests/), in any IDE too
            dotnet grader check    # the same tests through the grader: its compiler settings, API policy and messages
            dotnet grader watch    # re-checks every time you save a file (Ctrl+C to stop)
            ```

            `PublicTests/` holds a few sample tests. Before you start they fail with `NotImplementedException`.
            Passing them is a good sign, not a guarantee: the hidden tests check more inputs and the common mistakes.
            A test that never ends (an infinite loop) stops `dotnet test` after {timeoutSeconds} s (`test.runsettings`: the
            run is aborted, without saying which test); `dotnet grader check` stops each such test after
            {module.Limits.TestTimeoutSeconds} s of CPU time, tries it once more, and names it.
            {quizPart}
            ### Grading

            Every push is graded with the hidden tests by this repository's GitHub Actions workflow
            (`.github/workflows/classroom.yml`); the points appear in the workflow's run and in GitHub Classroom.
            The grade is {total}. Keep the method signatures of the starter code: the tests call them by name.
            Only the files listed as `editable_files` in `module.json` are graded.


            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^## Running the public tests\n(?:(?!## ).*\n?)*", RegexOptions.Multiline)]
    private static partial Regex RunningSection();
}
