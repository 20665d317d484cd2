using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Grader.Protocol;

namespace Grader.Worker.Compile;

/// <summary>Compiles test sources (a module's public sample tests) for a student's local check.
/// They are compiled against the reference build beside the hidden tests when it is there, as the
/// hidden tests are, and bound to the submission by name when they run: a changed signature then
/// fails only the tests that call it, naming the member, as in `grade`. Without a reference build
/// they are compiled against the submission itself. The tests are course code, so they get NUnit;
/// the submission never does. The assembly is written to the worker's scratch folder because NUnit
/// names a test assembly after its file.</summary>
internal static class PublicTestCompiler
{
    public const string AssemblyName = "PublicTests";

    /// <summary>Built once per worker, like <see cref="ReferenceSet"/>: `watch` checks on every save.</summary>
    private static readonly Lazy<MetadataReference> NUnit = new(() => MetadataReference.CreateFromFile(typeof(NUnit.Framework.TestAttribute).Assembly.Location));

    private static readonly SyntaxTree TestUsings = CSharpSyntaxTree.ParseText(
        "global using System; global using System.Collections.Generic; global using System.Linq; global using NUnit.Framework;",
        SubmissionCompiler.ParseOptions, SubmissionCompiler.GraderPrefix + "TestUsings.g.cs", System.Text.Encoding.UTF8);

    public static (string? path, IReadOnlyList<Protocol.Diagnostic> diagnostics) Compile(CompiledSubmission student, WorkerRequest request)
    {
        var reference = Path.Combine(request.TestsDirectory, request.AssemblyName + ".dll");
        var api = File.Exists(reference) ? MetadataReference.CreateFromFile(reference) : MetadataReference.CreateFromImage(student.Image!);
        var sources = request.TestSources;
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, SubmissionCompiler.ParseOptions, s.Path, System.Text.Encoding.UTF8))
            .Append(TestUsings);
        var references = ReferenceSet.Get().Append(NUnit.Value).Append(api);
        var compilation = CSharpCompilation.Create(AssemblyName, trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        // A folder per request: an assembly file already loaded must never be overwritten.
        var folder = Directory.CreateTempSubdirectory("public-tests-").FullName;
        var path = Path.Combine(folder, AssemblyName + ".dll");
        var emit = compilation.Emit(path);
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(SubmissionCompiler.ToDiagnostic).ToList();
        if (emit.Success) return (path, errors);
        Discard(path);
        return (null, errors);
    }

    /// <summary>The scratch folder of <see cref="Compile"/>'s assembly, once it is loaded (the
    /// worker's /tmp is memory in the sandbox). Where a loaded file cannot be deleted, it stays.</summary>
    public static void Discard(string path)
    {
        try { Directory.Delete(Path.GetDirectoryName(path)!, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
