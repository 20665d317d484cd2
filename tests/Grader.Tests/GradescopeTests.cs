using System.Diagnostics;
using System.IO.Compression;
using Grader.Platforms.Gradescope;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The Gradescope autograder zip: the two scripts at its root, executable, and
/// run_autograder grading a submission laid out as Gradescope lays it out into a results.json
/// whose score is the grade.</summary>
[TestFixture]
public sealed class GradescopeTests
{
    [Test]
    public void The_autograder_zip_grades_a_submission_into_results_json()
    {
        const string slug = "01-what-is-calculus";
        var root = Directory.CreateTempSubdirectory("grader-gs-").FullName;
        try
        {
            var zipPath = Path.Combine(root, "autograder.zip");
            var module = Repo.Catalog.Find(slug).module!;
            GradescopePackage.Write(Repo.Root, module, zipPath);
            using (var zip = ZipFile.OpenRead(zipPath))
            {
                Assert.That(zip.GetEntry("setup.sh"), Is.Not.Null);
                var script = zip.GetEntry("run_autograder")!;
                Assert.That((script.ExternalAttributes >> 16) & 0b001_000_000, Is.Not.Zero, "run_autograder is executable");
                Assert.That(zip.Entries.Select(e => e.FullName), Has.Some.StartsWith($"kit/tests/{slug}/").And.None.Contains("/bin/").And.None.Contains("02-multivariate"));
            }

            // Gradescope's layout: /autograder/source (the unzipped autograder), /autograder/submission.
            var autograder = Path.Combine(root, "autograder");
            ZipFile.ExtractToDirectory(zipPath, Path.Combine(autograder, "source"));
            Directory.CreateDirectory(Path.Combine(autograder, "submission"));
            foreach (var f in Directory.GetFiles(Path.Combine(Repo.GoldenRoot, slug, "partial", "submission")))
                File.Copy(f, Path.Combine(autograder, "submission", Path.GetFileName(f)));
            var run = Processes.Run("bash", [Path.Combine(autograder, "source", "run_autograder")], env: new Dictionary<string, string>
            {
                ["AUTOGRADER_ROOT"] = autograder,
                // The image's build step (setup.sh) is not run here: the already-built grader stands in.
                ["GRADER_DLL"] = Path.Combine(AppContext.BaseDirectory, "grader.dll"),
                // The kit copy in the zip holds sources only; the hidden tests it grades with are this build's.
                ["GRADER_COURSE"] = Repo.Root,
            });
            Assert.That(run.Exit, Is.Zero, run.Output);
            var results = JObject.Parse(File.ReadAllText(Path.Combine(autograder, "results", "results.json")));
            var direct = Graders.For(slug).GradeAsync(Path.Combine(autograder, "submission"), "submission").GetAwaiter().GetResult();
            Assert.That((double)results["score"]!, Is.EqualTo(direct.Score).And.GreaterThan(0).And.LessThan(direct.MaxScore));
            Assert.That(((JArray)results["tests"]!).Sum(t => (double)t["max_score"]!), Is.LessThanOrEqualTo(direct.MaxScore));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
