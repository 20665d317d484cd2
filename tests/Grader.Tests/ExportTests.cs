using System.Diagnostics;
using System.Text;
using Grader.Platforms.Classroom;
using Grader.Modules;
using NUnit.Framework;
using YamlDotNet.RepresentationModel;

namespace Grader.Tests;

/// <summary>The exported student repository: nothing hidden in it (checked by content), a valid
/// Classroom workflow, `dotnet test` and `check` agreeing on the public tests, and the workflow's
/// grading step producing the runner JSON from which the reporter posts exactly the grade.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ExportTests
{
    private string _root = "";
    private StudentTool _tool = null!;

    [OneTimeSetUp]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("grader-export-").FullName;
        // Packed once per grader version (artifacts/student-tool/), as `export` does.
        _tool = StudentTool.Pack(Repo.Root);
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_root, recursive: true);

    public static IEnumerable<string> Modules() => Repo.Catalog.Slugs();

    private static CourseModule Module(string slug) => Repo.Catalog.Find(slug).module ?? throw new InvalidOperationException(slug);

    private string Export(string slug, string name)
    {
        var dir = Path.Combine(_root, name);
        ClassroomTemplate.Export(Module(slug), dir, 10, _tool);
        return dir;
    }

    /// <summary>Lines long enough to be distinctive, trimmed.</summary>
    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length >= 25 && !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith("///", StringComparison.Ordinal));

    [TestCaseSource(nameof(Modules))]
    public void The_export_holds_no_hidden_test_and_no_reference_solution(string slug)
    {
        var dir = Export(slug, "content-" + slug);
        var exported = string.Join("\n", Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        var exportedLines = Lines(exported).ToHashSet();
        var assignment = Path.Combine(Repo.Root, "assignments", slug);
        var studentFacing = Directory.GetFiles(assignment, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/") && !f.Contains("/obj/"))
            .SelectMany(f => Lines(File.ReadAllText(f))).ToHashSet();

        var secret = Directory.GetFiles(Path.Combine(Repo.Root, "reference", slug), "*.cs")
            .Concat(Directory.GetFiles(Path.Combine(Repo.Root, "tests", slug), "*.cs"))
            .SelectMany(f => Lines(File.ReadAllText(f)).Select(l => (file: Path.GetRelativePath(Repo.Root, f), line: l)))
            .Where(x => !studentFacing.Contains(x.line))
            .ToList();
        Assert.That(secret, Is.Not.Empty, "there is hidden content to look for");
        var leaked = secret.Where(s => exportedLines.Contains(s.line)).ToList();
        Assert.That(leaked, Is.Empty, "exported content from " + string.Join(", ", leaked.Select(l => l.file).Distinct()));

        // The quiz keys: no exported JSON (quiz.json above all) holds a key as a value. Keys such
        // as "h*h" are too short to look for in prose, so only JSON values are compared; a key that
        // is a bare name (02's "r") is one of the question's own variables, shown by design.
        var keyFile = Path.Combine(Repo.Root, "tests", slug, "quiz-key.json");
        var keys = ((Newtonsoft.Json.Linq.JObject)Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(keyFile))["keys"]!)
            .Properties().Select(p => (string)p.Value!).Where(k => !System.Text.RegularExpressions.Regex.IsMatch(k, @"^[A-Za-z_]\w*$")).ToList();
        Assert.That(keys, Is.Not.Empty, "the module's quiz has keys to look for");
        var exportedValues = Directory.GetFiles(dir, "*.json", SearchOption.AllDirectories)
            .SelectMany(f => ((Newtonsoft.Json.Linq.JContainer)Newtonsoft.Json.Linq.JToken.Parse(File.ReadAllText(f))).DescendantsAndSelf().OfType<Newtonsoft.Json.Linq.JValue>())
            .Where(v => v.Type == Newtonsoft.Json.Linq.JTokenType.String).Select(v => (string)v!).ToHashSet();
        Assert.That(exportedValues, Is.Not.Empty, "the export has a quiz.json to look in");
        Assert.That(keys.Where(exportedValues.Contains), Is.Empty, "quiz keys in the export");
        Assert.That(Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Select(Path.GetFileName),
            Has.None.Contains("HiddenTests").And.None.Contains("Reference").And.None.EqualTo("quiz-key.json"));

        // The student tool is the grader alone: no hidden tests, no build of any module, no key.
        var package = Directory.GetFiles(Path.Combine(dir, StudentTool.SourceFolder), "*.nupkg").Single();
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        var moduleAssemblies = Repo.Catalog.Slugs().Select(s => Module(s).Manifest.Assembly + ".dll").ToList();
        Assert.That(zip.Entries.Select(e => e.Name), Has.None.Contains("HiddenTests").And.None.EqualTo("quiz-key.json").And.None.EqualTo("quiz.json")
            .And.None.EqualTo("Calculus.TestSupport.dll"), "files in the student tool's package");
        Assert.That(zip.Entries.Select(e => e.Name).Intersect(moduleAssemblies), Is.Empty, "a module's build in the student tool's package");
        Assert.That(zip.Entries.Select(e => e.Name), Does.Contain("grader.dll").And.Contain("Grader.Worker.dll"));
    }

    [Test]
    public void The_workflow_is_valid_yaml_in_the_shape_Classroom_expects()
    {
        var dir = Export("01-what-is-calculus", "yaml");
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(dir, ClassroomWorkflow.Path))) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        // A mapping: actionlint rejects repository_dispatch in a list.
        var on = (YamlMappingNode)root["on"];
        Assert.That(on.Children.Keys.Select(c => c.ToString()), Does.Contain("push").And.Contain("repository_dispatch").And.Contain("workflow_dispatch"));
        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"])["run-autograding-tests"];
        Assert.That(job["if"].ToString(), Does.Contain("github-classroom[bot]"));
        var steps = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();
        var grade = steps.Single(s => s.Children.ContainsKey("id") && s["id"].ToString() == ClassroomWorkflow.RunnerId);
        Assert.That(grade["run"].ToString(), Does.Contain("--format classroom").And.Contain("GITHUB_OUTPUT").And.Contain("base64"));
        var reporter = steps.Single(s => s.Children.ContainsKey("uses") && s["uses"].ToString() == "classroom-resources/autograding-grading-reporter@v1");
        Assert.That(((YamlMappingNode)reporter["with"])["runners"].ToString(), Is.EqualTo("grade"));
        Assert.That(((YamlMappingNode)reporter["env"])["GRADE_RESULTS"].ToString(), Is.EqualTo("${{steps.grade.outputs.result}}"));
        Assert.That(steps.IndexOf(reporter), Is.GreaterThan(steps.IndexOf(grade)));
    }

    private static (int exit, string output) Run(string workDir, string file, params string[] args)
    {
        var r = Processes.Run(file, args, workDir);
        return (r.Exit, r.Output);
    }

    /// <summary>Puts the reference solution (code and, where the module has a quiz, its answers) into an export.</summary>
    private static void Solve(string exportDir, string slug)
    {
        var reference = Path.Combine(Repo.Root, "reference", slug);
        foreach (var f in Module(slug).Manifest.EditableFiles.Append("quiz-answers.txt").Where(f => File.Exists(Path.Combine(reference, f))))
            File.Copy(Path.Combine(reference, f), Path.Combine(exportDir, f), overwrite: true);
    }

    [Test]
    public void Dotnet_test_and_check_agree_on_a_fresh_export()
    {
        const string slug = "01-what-is-calculus";
        var starter = Export(slug, "dt-starter");
        var solved = Export(slug, "dt-solved");
        Solve(solved, slug);

        var (starterExit, starterOut) = Run(starter, "dotnet", "test");
        Assert.That(starterExit, Is.Not.Zero, starterOut);
        Assert.That(starterOut, Does.Contain("NotImplementedException"));
        var (solvedExit, solvedOut) = Run(solved, "dotnet", "test");
        Assert.That(solvedExit, Is.Zero, solvedOut);

        var cli = Path.Combine(AppContext.BaseDirectory, "grader.dll");
        var (checkStarter, checkStarterOut) = Run(starter, "dotnet", cli, "check", "--course", Repo.Root);
        Assert.That(checkStarter, Is.EqualTo(3), "check's exit code when a public test fails");
        Assert.That(checkStarterOut, Does.Contain("0 of 6 public tests pass").And.Contain("Not implemented yet"));
        var (checkSolved, checkSolvedOut) = Run(solved, "dotnet", cli, "check", "--course", Repo.Root);
        Assert.That(checkSolved, Is.Zero, checkSolvedOut);
        Assert.That(checkSolvedOut, Does.Contain("All public tests pass"));
    }

    [Test]
    public void The_points_the_reporter_posts_equal_the_grade_for_reference_starter_and_partial()
    {
        const string slug = "01-what-is-calculus";
        var job = Path.Combine(_root, "job");
        Directory.CreateDirectory(job);
        // The job's workspace as the workflow lays it out: the kit checked out beside the submission.
        File.CreateSymbolicLink(Path.Combine(job, "grader-kit"), Repo.Root);
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Export(slug, "wf"), ClassroomWorkflow.Path))) yaml.Load(reader);
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"])["run-autograding-tests"])["steps"];
        var script = steps.Children.Cast<YamlMappingNode>().Single(s => s.Children.ContainsKey("id") && s["id"].ToString() == "grade")["run"].ToString();
        // The step as written, except that the kit is already built: the test runs this build of
        // the grader instead of `dotnet run` rebuilding it in Release inside the test.
        const string build = "dotnet run -c Release --project grader-kit/grader/Grader.Cli --";
        Assert.That(script, Does.Contain(build));
        script = script.Replace(build, "dotnet " + Path.Combine(AppContext.BaseDirectory, "grader.dll"), StringComparison.Ordinal);

        var partialFiles = Path.Combine(Repo.GoldenRoot, slug, "partial", "submission");
        foreach (var (name, fill) in new (string, Action<string>)[]
                 {
                     ("reference", d => Solve(d, slug)),
                     ("starter", _ => { }),
                     ("partial", d => { foreach (var f in Directory.GetFiles(partialFiles)) File.Copy(f, Path.Combine(d, Path.GetFileName(f)), true); }),
                 })
        {
            var submission = Path.Combine(job, "submission");
            if (Directory.Exists(submission)) Directory.Delete(submission, true);
            ClassroomTemplate.Export(Module(slug), submission, 10, _tool);
            fill(submission);
            var output = Path.Combine(job, "github_output");
            File.WriteAllText(output, "");
            var step = Processes.Run("bash", ["-e", "-c", script], job, new Dictionary<string, string> { ["GITHUB_OUTPUT"] = output });
            Assert.That(step.Exit, Is.Zero, $"{name}: {step.Output}");
            var result = File.ReadAllLines(output).Single(l => l.StartsWith("result=", StringComparison.Ordinal))["result=".Length..];
            var report = JsonReport(Path.Combine(job, "result.json"));
            var posted = ClassroomReporter.Run("grade", new Dictionary<string, string> { ["GRADE_RESULTS"] = result });

            var grade = GradeDirectly(slug, submission);
            Assert.That(posted.TotalPoints, Is.EqualTo(grade.Score), name);
            Assert.That(posted.MaxPoints, Is.EqualTo(grade.MaxScore), name);
            Assert.That(posted.Notices, Does.Contain($"::notice title=Autograding report::{{\"totalPoints\":{grade.Score},\"maxPoints\":{grade.MaxScore}}}"), name);
            Assert.That(posted.Failure, name == "reference" ? Is.Null : Is.EqualTo("Some tests failed."), name);
            Assert.That(Encoding.UTF8.GetString(Convert.FromBase64String(result)), Is.EqualTo(report), $"{name}: the step output is the runner JSON the step wrote");
        }
    }

    private static string JsonReport(string path) => File.ReadAllText(path, Encoding.UTF8);

    private static Reports.GradeReport GradeDirectly(string slug, string folder) =>
        Graders.For(slug).GradeAsync(folder, "direct").GetAwaiter().GetResult();
}
