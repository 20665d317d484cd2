using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Grader.Protocol;

namespace Grader.Worker;

/// <summary>Compiles test sources (a module's public sample tests) against a compiled submission,
/// for a student's local check. The tests are course code, so they get NUnit; the submission never
/// does. The assembly is written to the worker's scratch folder because NUnit names a test
/// assembly after its file.</summary>
internal static class PublicTestCompiler
{
    public const string AssemblyName = "PublicTests";

    public static (string? path, IReadOnlyList<Protocol.Diagnostic> diagnostics) Compile(CompiledSubmission student, IReadOnlyList<SourceFile> sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, options, s.Path, System.Text.Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText(
                "global using System; global using System.Collections.Generic; global using System.Linq; global using NUnit.Framework;",
                options, "<grader>/TestUsings.g.cs", System.Text.Encoding.UTF8));
        var references = ReferenceSet.Get()
            .Append(MetadataReference.CreateFromFile(typeof(NUnit.Framework.TestAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromImage(student.Image!));
        var compilation = CSharpCompilation.Create(AssemblyName, trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var folder = Directory.CreateTempSubdirectory("public-tests-").FullName;
        var path = Path.Combine(folder, AssemblyName + ".dll");
        var emit = compilation.Emit(path);
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return new Protocol.Diagnostic(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, "error", d.Id,
                d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();
        return (emit.Success ? path : null, errors);
    }
}
