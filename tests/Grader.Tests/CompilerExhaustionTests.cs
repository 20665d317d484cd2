using Grader.Protocol;
using Grader.Reports;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>A switch expression with tens of thousands of arms runs Roslyn out of memory within the
/// worker's heap limit: that is the student's compile failure of that member, not the grader's
/// failure. (Generated here rather than kept as a golden case: the source is 250 KB.)</summary>
[TestFixture]
public sealed class CompilerExhaustionTests
{
    private const string Module = "01-what-is-calculus";

    [Test]
    public async Task A_member_the_compiler_cannot_finish_costs_only_that_member()
    {
        var folder = Path.Combine(Path.GetTempPath(), "switch-bomb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var f in Directory.GetFiles(Path.Combine(Repo.Root, "reference", Module), "*.cs"))
                File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
            var arms = string.Concat(Enumerable.Range(0, 21_000).Select(i => $"{i}=>{i},"));
            File.AppendAllText(Path.Combine(folder, "Rules.cs"),
                $"\npublic static class Lookup\n{{\n    public static double Value(int k) => k switch {{ {arms} _ => 0 }};\n}}\n");

            var report = await Graders.For(Module).GradeAsync(folder, "switch-bomb");
            using (Assert.EnterMultipleScope())
            {
                Assert.That(report.Status.ToWire(), Is.EqualTo("graded"), report.Message);
                Assert.That(report.Tests.Select(t => t.Status.ToWire()), Is.All.EqualTo("passed"), "every other member is graded");
                Assert.That(report.Diagnostics.Select(d => d.Text), Has.Some.Contains("GRADER0001").And.Some.Contains("Lookup.Value"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
