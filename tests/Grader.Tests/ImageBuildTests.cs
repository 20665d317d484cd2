using System.IO.Compression;
using Grader.Platforms.Classroom;
using Grader.Platforms.Gradescope;
using NUnit.Framework;
using YamlDotNet.RepresentationModel;

namespace Grader.Tests;

/// <summary>What an image or job build depends on is pinned, and an install that fails fails the
/// build: the SDK by global.json, Gradescope's setup.sh run as the image build runs it (with the
/// system's installers replaced by stand-ins that log, or fail), the Classroom workflow's install
/// step run as Actions runs a step.</summary>
[TestFixture]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // bash scripts and Unix file modes
public sealed class ImageBuildTests
{
    private string _root = "";

    [SetUp]
    public void Setup() => _root = Directory.CreateTempSubdirectory("grader-image-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(_root, recursive: true);

    [Test]
    public void The_sdk_is_pinned_by_global_json_and_a_newer_feature_band_is_accepted()
    {
        var inKit = Processes.Run("dotnet", ["--version"], Repo.Root);
        Assert.That(inKit.Exit, Is.Zero, inKit.Output);
        Assert.That(inKit.Stdout.Trim(), Does.StartWith("10.0."));

        // The same file where no other global.json is above: honoured (an SDK it cannot satisfy is refused).
        File.Copy(Path.Combine(Repo.Root, "global.json"), Path.Combine(_root, "global.json"));
        Assert.That(Processes.Run("dotnet", ["--version"], _root).Stdout.Trim(), Is.EqualTo(inKit.Stdout.Trim()));
        File.WriteAllText(Path.Combine(_root, "global.json"), File.ReadAllText(Path.Combine(Repo.Root, "global.json")).Replace("10.0.100", "99.0.100"));
        Assert.That(Processes.Run("dotnet", ["--version"], _root).Exit, Is.Not.Zero, "an unsatisfiable global.json is refused");
    }

    /// <summary>A folder of stand-ins for the programs setup.sh calls, each logging its arguments;
    /// <paramref name="failing"/> exits 1 when its arguments contain the given text.</summary>
    private string StandIns((string program, string when)? failing = null)
    {
        var bin = Path.Combine(_root, "bin");
        Directory.CreateDirectory(bin);
        var log = Path.Combine(_root, "calls.log");
        foreach (var program in new[] { "apt-get", "curl", "ln", "dotnet" })
        {
            var fail = failing is { } f && f.program == program ? $"[[ \"$*\" == *'{f.when}'* ]] && exit 1\n" : "";
            // curl -o <file>: the installer it fetches is a stand-in too.
            var body = program == "curl" ? "out=\"${@: -1}\"; printf '#!/usr/bin/env bash\\necho \"dotnet-install $*\" >> \"%s\"\\n' \"" + log + "\" > \"$out\"\n" : "";
            var path = Path.Combine(bin, program);
            File.WriteAllText(path, $"#!/usr/bin/env bash\necho \"{program} $*\" >> \"{log}\"\n{fail}{body}exit 0\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return bin;
    }

    private (Processes.Result run, string[] calls) RunSetup(string bin)
    {
        var zip = Path.Combine(_root, "autograder.zip");
        GradescopePackage.Write(Repo.Root, Repo.Catalog.Find("01").module!, zip);
        ZipFile.ExtractToDirectory(zip, Path.Combine(_root, "autograder", "source"));
        var run = Processes.Run("bash", [Path.Combine(_root, "autograder", "source", "setup.sh")], _root, new Dictionary<string, string>
        {
            ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH"),
            ["AUTOGRADER_ROOT"] = Path.Combine(_root, "autograder"),
        });
        var log = Path.Combine(_root, "calls.log");
        return (run, File.Exists(log) ? File.ReadAllLines(log) : []);
    }

    [Test]
    public void Gradescope_setup_installs_what_the_sdk_needs_then_builds_the_grader_in_the_kit()
    {
        var (run, calls) = RunSetup(StandIns());
        Assert.That(run.Exit, Is.Zero, run.Output);
        var install = calls.Single(c => c.StartsWith("apt-get install", StringComparison.Ordinal) && c.Contains("curl"));
        Assert.That(install, Does.Contain("libicu-dev").And.Contain("ca-certificates"), "ICU: the SDK stops at start-up without it on Ubuntu 22.04");
        Assert.That(calls, Has.Some.StartsWith("dotnet-install --channel 10.0"));
        Assert.That(calls.Last(), Is.EqualTo("dotnet build -c Release grader/Grader.Cli"));
        Assert.That(File.Exists(Path.Combine(_root, "autograder", "source", "kit", "global.json")), "the SDK pin travels with the kit");
    }

    [TestCase("apt-get", "libicu-dev")]
    [TestCase("curl", "dotnet-install")]
    [TestCase("dotnet", "build")]
    public void Gradescope_setup_fails_when_a_step_fails(string program, string when)
    {
        var (run, calls) = RunSetup(StandIns((program, when)));
        Assert.That(run.Exit, Is.Not.Zero, string.Join("\n", calls));
    }

    [Test]
    public void Gradescope_setup_goes_on_without_bubblewrap_and_says_so()
    {
        var (run, calls) = RunSetup(StandIns(("apt-get", "bubblewrap")));
        Assert.That(run.Exit, Is.Zero, run.Output);
        Assert.That(run.Stderr, Does.Contain("bubblewrap could not be installed"));
        Assert.That(calls.Last(), Is.EqualTo("dotnet build -c Release grader/Grader.Cli"));
    }

    /// <summary>The exported workflow's install step, run as GitHub Actions runs a `run:` step
    /// (bash --noprofile --norc -eo pipefail), with `sudo` a stand-in that succeeds or fails.</summary>
    [TestCase(0)]
    [TestCase(100)]
    public void The_classroom_install_step_fails_the_job_when_the_install_fails(int aptExit)
    {
        var workflow = ClassroomWorkflow.For("01-what-is-calculus", 35);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(workflow));
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"])["run-autograding-tests"])["steps"];
        var script = steps.Children.Cast<YamlMappingNode>().Single(s => s.Children.ContainsKey("name") && s["name"].ToString() == ClassroomWorkflow.InstallStepName)["run"].ToString();
        var bin = Path.Combine(_root, "bin");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "sudo"), $"#!/usr/bin/env bash\n[[ \"$*\" == *install* ]] && exit {aptExit}\nexit 0\n");
        File.SetUnixFileMode(Path.Combine(bin, "sudo"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var file = Path.Combine(_root, "step.sh");
        File.WriteAllText(file, script);
        var run = Processes.Run("bash", ["--noprofile", "--norc", "-eo", "pipefail", file], _root,
            new Dictionary<string, string> { ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH") });
        Assert.That(run.Exit, aptExit == 0 ? Is.Zero : Is.Not.Zero, run.Output);
    }
}
