using System.Reflection;
using System.Runtime.Loader;

namespace Grader.Worker.Run;

/// <summary>A load context for one submission: the student's image from bytes, the hidden tests
/// and their support libraries from the module's test folder, everything else (framework, NUnit,
/// MathNet) shared with the worker so NUnit's types are the runner's types.
/// It is not collectible, on purpose: unloading a collectible context cost about 70 ms of CPU per
/// submission (finalizer thread plus the forced GC), three times the compile, policy and tests
/// together, and collectible code runs slower. A context left behind costs about 0.2 MB of native
/// memory, so the supervisor replaces the worker after a few hundred submissions instead, or
/// sooner when <see cref="Retirement"/> says so.</summary>
internal sealed class SubmissionLoadContext : AssemblyLoadContext
{
    private static readonly HashSet<string> Shared = TrustedNames();

    private readonly string _studentName;
    private readonly byte[]? _studentImage;
    private readonly byte[]? _studentPdb;
    private readonly string _testsDirectory;

    /// <param name="studentImage">Null in discovery mode: the reference build beside the tests is
    /// loaded instead.</param>
    public SubmissionLoadContext(string studentName, byte[]? studentImage, byte[]? studentPdb, string testsDirectory)
        : base("submission", isCollectible: false)
    {
        _studentName = studentName;
        _studentImage = studentImage;
        _studentPdb = studentPdb;
        _testsDirectory = testsDirectory;
    }

    protected override Assembly? Load(AssemblyName name)
    {
        if (name.Name == _studentName)
        {
            if (_studentImage is not null)
                return LoadFromStream(new MemoryStream(_studentImage), _studentPdb is null ? null : new MemoryStream(_studentPdb));
            return LoadFile(name.Name);
        }
        if (name.Name is null || Shared.Contains(name.Name)) return null;
        return LoadFile(name.Name);
    }

    private Assembly? LoadFile(string simpleName)
    {
        var path = Path.Combine(_testsDirectory, simpleName + ".dll");
        if (!File.Exists(path)) return null;
        // From the path, not bytes: NUnit names the test assembly after its Location and refuses an empty one.
        return LoadFromAssemblyPath(path);
    }

    private static HashSet<string> TrustedNames()
    {
        var tpa = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "";
        return tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
