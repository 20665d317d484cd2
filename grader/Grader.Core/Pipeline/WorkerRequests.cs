using Grader.Loading;
using Grader.Modules;
using Grader.Protocol;

namespace Grader.Pipeline;

/// <summary>Every request a worker receives is built here, from the module and what was loaded.
/// The session stamps each with its nonce.</summary>
public static class WorkerRequests
{
    public static WorkerRequest Discover(CourseModule module) => new()
    {
        Nonce = "", Kind = RequestKind.Discover, AssemblyName = module.Manifest.Assembly,
        TestsDirectory = module.TestsDirectory, TestsAssembly = module.Manifest.TestsAssembly,
    };

    public static WorkerRequest Grade(CourseModule module, LoadedSubmission loaded) => new()
    {
        Nonce = "",
        Kind = RequestKind.Grade,
        AssemblyName = module.Manifest.Assembly,
        Sources = loaded.Sources,
        TestsDirectory = module.TestsDirectory,
        TestsAssembly = module.Manifest.TestsAssembly,
        Policy = module.Manifest.Policy,
        OutputCapBytes = module.Limits.OutputKb * 1024,
    };

    /// <summary>A student's check: the public sample tests are compiled against the submission in
    /// the worker, in place of the hidden tests.</summary>
    public static WorkerRequest Check(CourseModule module, LoadedSubmission loaded, IReadOnlyList<SourceFile> publicTests) =>
        Grade(module, loaded) with { Kind = RequestKind.Check, TestSources = publicTests };

    public static WorkerRequest Quiz(IReadOnlyList<QuizItem> items) => new()
    {
        Nonce = "", Kind = RequestKind.Quiz, AssemblyName = "", TestsDirectory = "", TestsAssembly = "", Quiz = items,
    };
}
