using NUnit.Framework;

namespace Grader.Tests;

/// <summary>A student's `check` in the kit needs nothing but the module's own folder: no hidden
/// tests built, no reference (so the README can tell students to build the grader without them).</summary>
[TestFixture]
public sealed class KitCheckTests
{
    [Test]
    public void Check_runs_in_a_course_without_hidden_tests_or_references()
    {
        const string slug = "01-what-is-calculus";
        var root = Directory.CreateTempSubdirectory("grader-kitcheck-").FullName;
        try
        {
            // A course as far as the grader can tell (Assignments.sln and assignments/), with one module and nothing else.
            File.Copy(Path.Combine(Repo.Root, "Assignments.sln"), Path.Combine(root, "Assignments.sln"));
            var module = Path.Combine(root, "assignments", slug);
            foreach (var f in Directory.GetFiles(Path.Combine(Repo.Root, "assignments", slug), "*", SearchOption.AllDirectories)
                         .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
            {
                var target = Path.Combine(module, Path.GetRelativePath(Path.Combine(Repo.Root, "assignments", slug), f));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(f, target);
            }

            var check = Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "grader.dll"), "check"], module);
            Assert.That(check.Exit, Is.EqualTo(3), check.Output);
            Assert.That(check.Output, Does.Contain("0 of 6 public tests pass").And.Contain("Not implemented yet"));

            // Grading does need them, and says how to build them.
            var grade = Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "grader.dll"), "grade", slug, "--submission", "."], module);
            Assert.That(grade.Exit, Is.EqualTo(2), grade.Output);
            Assert.That(grade.Output, Does.Contain("hidden tests of 01-what-is-calculus are not built"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
