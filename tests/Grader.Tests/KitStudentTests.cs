using NUnit.Framework;

namespace Grader.Tests;

/// <summary>A student working in the kit's assignments/&lt;slug&gt;/: `check` needs nothing but the
/// module's own folder (no hidden tests built, no reference: so the README can tell students to build
/// the grader without them), and `dotnet test` there stops an infinite loop.</summary>
[TestFixture]
public sealed class KitStudentTests
{
    /// <summary>Copies the kit's files under <paramref name="relative"/> (without build output) into <paramref name="root"/>.</summary>
    private static void CopyFromKit(string root, string relative)
    {
        var source = Path.Combine(Repo.Root, relative);
        var files = File.Exists(source) ? [source] : Directory.GetFiles(source, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal));
        foreach (var f in files)
        {
            var target = Path.Combine(root, Path.GetRelativePath(Repo.Root, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
    }

    [Test]
    public void Check_runs_in_a_course_without_hidden_tests_or_references()
    {
        const string slug = "01-what-is-calculus";
        var root = Directory.CreateTempSubdirectory("grader-kitcheck-").FullName;
        try
        {
            // A course as far as the grader can tell (Assignments.sln and assignments/), with one module and nothing else.
            CopyFromKit(root, "Assignments.sln");
            CopyFromKit(root, Path.Combine("assignments", slug));
            var module = Path.Combine(root, "assignments", slug);

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

    [Test]
    public void Dotnet_test_in_an_assignment_folder_stops_an_infinite_loop()
    {
        const string slug = "08-newtons-method";
        var root = Directory.CreateTempSubdirectory("grader-kitloop-").FullName;
        try
        {
            // The assignment folder with every build file above it that `dotnet test` there reads.
            foreach (var f in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "assignments/Directory.Build.props", "assignments/test.runsettings", "assignments/" + slug })
                CopyFromKit(root, f);
            var module = Path.Combine(root, "assignments", slug);
            foreach (var f in Repo.Catalog.Find(slug).module!.Manifest.EditableFiles)
                File.Copy(Path.Combine(Repo.Root, "reference", slug, f), Path.Combine(module, f), overwrite: true);
            var file = Path.Combine(module, "RootFinder.cs");
            var code = File.ReadAllText(file);
            var body = code.IndexOf('{', code.IndexOf("public static RootResult NewtonRaphson", StringComparison.Ordinal));
            File.WriteAllText(file, code[..(body + 1)] + "\n        while (tol > -1) { tol += 0; }\n" + code[(body + 1)..]);

            var test = Processes.Run("dotnet", ["test"], module);
            Assert.That(test.Exit, Is.Not.Zero, test.Output);
            Assert.That(test.Output, Does.Contain("test run timeout of 30000 milliseconds exceeded").And.Contain("Test Run Aborted"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
