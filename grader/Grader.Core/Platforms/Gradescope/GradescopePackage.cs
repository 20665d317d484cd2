using System.IO.Compression;
using Grader.Modules;

namespace Grader.Platforms.Gradescope;

/// <summary>A Gradescope autograder zip for one module, in the layout Gradescope's autograder specification asks for: setup.sh and
/// run_autograder at the root, and the parts of this kit the grader needs under kit/ (the grader,
/// the module's manifest, hidden tests and reference build inputs). setup.sh installs .NET and
/// bubblewrap and builds the grader once, when Gradescope builds the image; run_autograder grades
/// /autograder/submission into /autograder/results/results.json.</summary>
public static class GradescopePackage
{
    public static IReadOnlyList<string> Write(string courseRoot, CourseModule module, string zipPath)
    {
        var slug = module.Slug;
        string[] include =
        [
            "Assignments.sln", "global.json", "Directory.Build.props", "Directory.Packages.props",
            "grader", "tests/Calculus.TestSupport",
            .. new[] { module.Layout.HiddenTests(slug), module.Layout.Reference(slug), module.Layout.Assignment(slug) }.Select(module.Layout.Shown),
        ];
        if (File.Exists(zipPath)) File.Delete(zipPath);
        var entries = new List<string>();
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        void Add(string name, byte[] content, bool executable = false)
        {
            var e = zip.CreateEntry(name, CompressionLevel.Optimal);
            // Unix permissions in the upper 16 bits: Gradescope runs the scripts directly.
            e.ExternalAttributes = (executable ? 0b111_101_101 : 0b110_100_100) << 16;
            using var s = e.Open();
            s.Write(content);
            entries.Add(name);
        }
        // The scripts run on Linux whatever line endings this checkout has; kit files go in byte for byte.
        byte[] Script(string text) => System.Text.Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        Add("setup.sh", Script(SetupScript), executable: true);
        Add("run_autograder", Script(RunScript(slug)), executable: true);
        foreach (var path in include)
        {
            var full = Path.Combine(courseRoot, path);
            var files = File.Exists(full) ? [full] : Directory.Exists(full)
                ? Directory.GetFiles(full, "*", SearchOption.AllDirectories)
                : [];
            foreach (var f in files.Order(StringComparer.Ordinal))
            {
                var rel = Path.GetRelativePath(courseRoot, f).Replace(Path.DirectorySeparatorChar, '/');
                if (rel.Split('/').Any(p => p is "bin" or "obj")) continue;
                Add("kit/" + rel, File.ReadAllBytes(f));
            }
        }
        return entries;
    }

    private const string SetupScript = """
        #!/usr/bin/env bash
        # Runs once, when Gradescope builds the autograder image (Ubuntu 22.04). Any failure fails the build.
        set -euo pipefail
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # What the .NET SDK needs that the base image may lack: ICU above all (without it the SDK stops
        # at start-up), and libssl, zlib and Kerberos, named by the versionless packages that pull them in.
        apt-get install -y -qq curl ca-certificates libicu-dev libssl-dev zlib1g libgssapi-krb5-2 >/dev/null
        # The sandbox: without it the grader still grades, unsandboxed, and every report says so.
        apt-get install -y -qq bubblewrap >/dev/null || echo "setup.sh: bubblewrap could not be installed: workers will run unsandboxed" >&2
        curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
        bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet
        ln -sf /usr/share/dotnet/dotnet /usr/bin/dotnet
        cd "${AUTOGRADER_ROOT:-/autograder}/source/kit"
        dotnet build -c Release grader/Grader.Cli
        """ + "\n";

    private static string RunScript(string slug) => $$"""
        #!/usr/bin/env bash
        # Gradescope runs this for every submission.
        set -uo pipefail
        root=${AUTOGRADER_ROOT:-/autograder}
        kit="$root/source/kit"
        grader=${GRADER_DLL:-$kit/grader/Grader.Cli/bin/Release/net10.0/grader.dll}
        mkdir -p "$root/results"
        dotnet "$grader" grade {{slug}} --course "${GRADER_COURSE:-$kit}" --submission "$root/submission" \
          --format gradescope --output "$root/results/results.json"
        """ + "\n";
}
