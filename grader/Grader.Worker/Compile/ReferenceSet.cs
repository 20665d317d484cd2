using Microsoft.CodeAnalysis;

namespace Grader.Worker.Compile;

/// <summary>The metadata references every submission compiles against, built once per worker:
/// the framework's reference assemblies plus MathNet. Rebuilding them per submission costs
/// 45–145 ms (measured on this kit's machine).</summary>
internal static class ReferenceSet
{
    private static IReadOnlyList<MetadataReference>? _references;

    public static IReadOnlyList<MetadataReference> Get() => _references ??= Build();

    private static List<MetadataReference> Build()
    {
        var paths = FrameworkReferencePaths().ToList();
        paths.Add(typeof(MathNet.Numerics.LinearAlgebra.Matrix<double>).Assembly.Location);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    /// <summary>The ref pack that matches the running runtime, so students compile against the same
    /// public surface as in their IDE; falls back to the runtime's own assemblies when the SDK's
    /// packs are absent (a runtime-only machine).</summary>
    private static IEnumerable<string> FrameworkReferencePaths()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var major = Environment.Version.Major;
        if (Directory.Exists(packs))
        {
            var best = Directory.GetDirectories(packs)
                .Select(d => (dir: d, ok: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v), v))
                .Where(x => x.ok && x.v!.Major == major)
                .OrderByDescending(x => x.v)
                .Select(x => Path.Combine(x.dir, "ref", $"net{major}.0"))
                .FirstOrDefault(Directory.Exists);
            if (best is not null) return Directory.GetFiles(best, "*.dll");
        }
        var tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return tpa.Split(Path.PathSeparator).Where(p => Path.GetDirectoryName(p) == runtimeDir);
    }
}
