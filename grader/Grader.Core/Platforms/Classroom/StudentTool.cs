using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Grader.Platforms.Classroom;

/// <summary>The grader packed as a local .NET tool for an exported student repository, so a student
/// runs check, watch and quiz there (`dotnet tool restore`, then `dotnet grader check`). It is packed
/// from grader/ alone, without the hidden tests (BuildHiddenTests=false): nothing of tests/ or
/// reference/, and no quiz key, is in it. The version is a hash of what goes into it, so the same
/// grader sources give the same package (packed once, then reused) and a changed grader a new one
/// (never mistaken for the old one in NuGet's package cache).</summary>
public sealed record StudentTool(string PackagePath, string Version)
{
    public const string PackageId = "CalculusCourse.Grader";

    public const string Command = "grader";

    /// <summary>The folder of the exported repository the package is shipped in (a local NuGet source).</summary>
    public const string SourceFolder = ".tools";

    public string FileName => Path.GetFileName(PackagePath);

    /// <summary>The kit's student tool, packed into &lt;kit&gt;/artifacts/student-tool/ unless a package of
    /// these grader sources is already there. Packing builds the grader in its own artifacts folder,
    /// so a grader that is running (this one) is never rebuilt under itself.</summary>
    public static StudentTool Pack(string kitRoot)
    {
        var version = VersionOf(kitRoot);
        var artifacts = Path.Combine(kitRoot, "artifacts", "student-tool");
        var packages = Path.Combine(artifacts, "packages");
        var package = Path.Combine(packages, $"{PackageId}.{version}.nupkg");
        if (File.Exists(package)) return new StudentTool(package, version);

        var project = Path.Combine(kitRoot, "grader", "Grader.Cli", "Grader.Cli.csproj");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[]
                 {
                     "pack", project, "-c", "Release", "-nologo", "-v", "q",
                     "-p:BuildHiddenTests=false", "-p:GraderReadyToRun=false", $"-p:Version={version}",
                     "--artifacts-path", Path.Combine(artifacts, "build"), "-o", packages,
                 })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new IOException("could not start `dotnet pack`.");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        if (p.ExitCode != 0 || !File.Exists(package))
            throw new IOException($"packing the student tool failed (dotnet pack {Path.GetRelativePath(kitRoot, project)}, exit {p.ExitCode}): " +
                                  string.Join(" ", (stdout.Result + stderr.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(5)));
        return new StudentTool(package, version);
    }

    /// <summary>1.0.0-g + the first 12 hex digits of a hash of the grader's sources and the build
    /// files they depend on.</summary>
    public static string VersionOf(string kitRoot)
    {
        var grader = Path.Combine(kitRoot, "grader");
        var files = Directory.EnumerateFiles(grader, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(grader, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Concat(new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", Path.Combine("tests", "Calculus.TestSupport", "PropertyNames.cs") }
                .Select(f => Path.Combine(kitRoot, f)).Where(File.Exists))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(kitRoot, f).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(f));
        }
        return "1.0.0-g" + Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    /// <summary>.config/dotnet-tools.json: the local tool manifest `dotnet tool restore` reads.</summary>
    public string Manifest() => $$"""
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "{{PackageId.ToLowerInvariant()}}": {
              "version": "{{Version}}",
              "commands": [
                "{{Command}}"
              ],
              "rollForward": false
            }
          }
        }

        """;

    /// <summary>nuget.config: the shipped package as a source beside the user's own (where the
    /// project's test packages come from).</summary>
    public static string NuGetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <!-- The course grader as a local .NET tool, shipped in this repository: `dotnet tool restore`. -->
            <add key="course-grader" value="{SourceFolder}" />
          </packageSources>
        </configuration>

        """;
}
