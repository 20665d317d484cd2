using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Plots where a person meets them, through the real command line: `check --plots`
/// writes the student's figures and says where; Markdown feedback links figure files beside it.</summary>
[TestFixture]
public sealed class PlotCommandLineTests
{
    private static string Wrong => Path.Combine(Repo.GoldenRoot, "01-what-is-calculus", "wrong-forward-for-central", "submission");

    [Test]
    public void Check_with_plots_writes_the_figures_and_says_where()
    {
        var dir = Directory.CreateTempSubdirectory("grader-plots-").FullName;
        try
        {
            var plots = Path.Combine(dir, "my plots");
            var r = Processes.Grader("check", "01", "--submission", Wrong, "--plots", plots);
            Assert.That(r.Exit, Is.EqualTo(3), "some public tests fail: " + r.Output + r.Stderr);
            var file = Path.Combine(plots, "01-m01.fd-error.svg");
            Assert.That(r.Output, Does.Contain("Plots: 1 from your results in").And.Contain("01-m01.fd-error.svg"));
            Assert.That(File.ReadAllText(file), Does.StartWith("<svg").And.Contain("your central"));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Test]
    public void Markdown_feedback_links_figure_files_written_beside_it()
    {
        var dir = Directory.CreateTempSubdirectory("grader-plots-").FullName;
        try
        {
            var md = Path.Combine(dir, "feedback.md");
            var r = Processes.Grader("grade", "01", "--submission", Wrong, "--format", "markdown", "--output", md, "--quiet");
            Assert.That(r.Exit, Is.Zero, r.Output + r.Stderr);
            Assert.That(File.ReadAllText(md), Does.Contain("## Plots of your results").And.Contain("](feedback-plots/01-m01.fd-error.svg)"));
            Assert.That(File.Exists(Path.Combine(dir, "feedback-plots", "01-m01.fd-error.svg")));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
