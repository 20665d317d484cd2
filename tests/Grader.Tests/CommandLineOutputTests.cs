using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Where a command writes, given wrongly (a file for a folder, a folder for a file, a
/// read-only place), and command lines the parser rejects: one line naming the problem, exit 2,
/// no stack trace and nothing half-written.</summary>
[TestFixture]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CommandLineOutputTests
{
    private const string Module = "01-what-is-calculus";
    private string _root = "";

    private static string Reference => Path.Combine(Repo.Root, "reference", Module);

    [SetUp]
    public void Make() => _root = Directory.CreateTempSubdirectory("grader-outputs-").FullName;

    [TearDown]
    public void Clean()
    {
        foreach (var d in Directory.GetDirectories(_root, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_root, recursive: true);
    }

    private string AFile()
    {
        var path = Path.Combine(_root, "a-file");
        File.WriteAllText(path, "keep me");
        return path;
    }

    /// <summary>A folder nobody may write into: mode 555, or (as root, who ignores modes) /sys,
    /// which the kernel keeps read-only even for root.</summary>
    private string ReadOnly()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_root, "read-only")).FullName;
        File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try { File.WriteAllText(Path.Combine(dir, "probe"), ""); }
        catch (UnauthorizedAccessException) { return dir; }
        File.Delete(Path.Combine(dir, "probe"));
        return "/sys";
    }

    private static void OneLineExit2(Processes.Result r, string expected)
    {
        Assert.That(r.Exit, Is.EqualTo(2), r.Output);
        Assert.That(r.Stderr.Trim(), Does.StartWith(expected).And.Not.Contain("\n"), "one line");
        Assert.That(r.Output, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack trace");
    }

    [Test]
    public void Batch_out_that_is_a_file_is_refused_and_the_file_kept()
    {
        var file = AFile();
        OneLineExit2(Processes.Grader("batch", Module, "--submissions", Path.Combine(Repo.GoldenRoot, Module), "--out", file),
            $"error: --out {file} is a file, not a folder: give a folder to write into.");
        Assert.That(File.ReadAllText(file), Is.EqualTo("keep me"));
    }

    [Test]
    public void Batch_out_that_is_read_only_is_refused_before_grading()
    {
        var dir = ReadOnly();
        OneLineExit2(Processes.Grader("batch", Module, "--submissions", Path.Combine(Repo.GoldenRoot, Module), "--out", Path.Combine(dir, "results")),
            $"error: cannot write to --out {Path.Combine(dir, "results")}:");
    }

    [Test]
    public void Grade_output_dir_that_is_a_file_is_refused_before_grading()
    {
        var file = AFile();
        OneLineExit2(Processes.Grader("grade", Module, "--submission", Reference, "--output-dir", file, "--quiet"),
            $"error: --output-dir {file} is a file, not a folder: give a folder to write into.");
        Assert.That(File.ReadAllText(file), Is.EqualTo("keep me"));
    }

    [Test]
    public void Grade_output_in_a_read_only_folder_is_refused_and_nothing_is_written()
    {
        var dir = ReadOnly();
        var target = Path.Combine(dir, "report.json");
        OneLineExit2(Processes.Grader("grade", Module, "--submission", Reference, "--output", target, "--quiet"),
            $"error: cannot write to --output {target}:");
        Assert.That(File.Exists(target), Is.False);
    }

    [Test]
    public void Gradescope_out_that_is_a_folder_is_refused()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_root, "a-folder")).FullName;
        OneLineExit2(Processes.Grader("gradescope", Module, "--out", dir), $"error: --out {dir} is a folder: give the path of the file to write.");
        Assert.That(Directory.GetFileSystemEntries(dir), Is.Empty, "nothing written into it");
    }

    [Test]
    public void Gradescope_out_in_a_read_only_folder_is_refused_and_leaves_no_partial_zip()
    {
        var dir = ReadOnly();
        var zip = Path.Combine(dir, "autograder.zip");
        OneLineExit2(Processes.Grader("gradescope", Module, "--out", zip), $"error: cannot write to --out {zip}:");
        Assert.That(File.Exists(zip), Is.False);
    }

    [Test]
    public void A_value_of_the_wrong_kind_is_exit_2_in_plain_words()
    {
        var r = Processes.Grader("batch", Module, "--submissions", _root, "--out", Path.Combine(_root, "out"), "--parallel", "abc");
        Assert.That(r.Exit, Is.EqualTo(2), r.Output);
        Assert.That(r.Stderr, Is.EqualTo("error: Cannot parse argument 'abc' for option '--parallel' as a whole number.\nSee `batch --help` for the usage.\n"));
        Assert.That(Directory.Exists(Path.Combine(_root, "out")), Is.False, "nothing was started");
    }

    [Test]
    public void Missing_arguments_are_exit_2_each_named()
    {
        var r = Processes.Grader("grade");
        Assert.That(r.Exit, Is.EqualTo(2), r.Output);
        Assert.That(r.Stderr, Does.Contain("error: Option '--submission' is required.").And.Contain("error: Required argument 'module' missing").And.Contain("See `grade --help`"));
        Assert.That(r.Stdout, Is.Empty, "no help page dumped instead of the error");
    }
}
