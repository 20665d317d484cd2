using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Grader.Protocol;

namespace Grader.Worker.Compile;

/// <summary>Compiles student sources in memory with the grader's own settings; the student's
/// project file is never consulted.</summary>
internal static class SubmissionCompiler
{
    /// <summary>The SDK's implicit usings, so code that builds in the student's IDE builds here.</summary>
    private const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; " +
        "global using System.Linq; global using System.Net.Http; global using System.Threading; " +
        "global using System.Threading.Tasks;";

    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Files the grader adds to a compilation are named under this prefix.</summary>
    internal const string GraderPrefix = "<grader>/";

    /// <summary>A file the grader added (usings, assembly attributes), not the student's or the course's.</summary>
    internal static bool IsGraderTree(SyntaxTree tree) => tree.FilePath.StartsWith(GraderPrefix, StringComparison.Ordinal);

    /// <summary>The trees the student wrote: neither a course-provided file nor one of the grader's own.</summary>
    internal static IEnumerable<SyntaxTree> StudentTrees(Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation, IReadOnlySet<string> providedFiles) =>
        compilation.SyntaxTrees.Where(t => !providedFiles.Contains(t.FilePath) && !IsGraderTree(t));

    /// <summary>Debug, as the student's own `dotnet test` builds: the JIT then never optimises or
    /// inlines student methods, so an exception's line is the line that threw, the same in every
    /// run (tiered-up, inlined code moved it to a caller depending on timing). Measured on the
    /// reference solutions of modules 01–06: no slower, since the heavy work is MathNet's and the tests'.</summary>
    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Debug,
        allowUnsafe: false,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false,
        deterministic: true);

    /// <summary>The compilation of the sources with the grader's settings, not yet emitted.</summary>
    public static CSharpCompilation Create(string assemblyName, IReadOnlyList<SourceFile> sources)
    {
        var trees = sources
            .Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path, System.Text.Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, GraderPrefix + "GlobalUsings.g.cs", System.Text.Encoding.UTF8))
            // The hidden tests were built against the reference at version 1.0.0.0; match it so the
            // runtime binds them to this assembly.
            .Append(CSharpSyntaxTree.ParseText("[assembly: System.Reflection.AssemblyVersion(\"1.0.0.0\")]", ParseOptions, GraderPrefix + "AssemblyInfo.g.cs", System.Text.Encoding.UTF8))
            .ToList();
        return CSharpCompilation.Create(assemblyName, trees, ReferenceSet.Get(), Options);
    }

    public static CompiledSubmission Emit(CSharpCompilation compilation)
    {
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var emit = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        var diagnostics = emit.Diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !ReportBounds.IgnoredDiagnostics.Contains(d.Id))
            .Select(ToDiagnostic)
            .OrderBy(d => d.Severity == "error" ? 0 : 1).ThenBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .Take(ReportBounds.Diagnostics)
            .ToList();
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return new CompiledSubmission(compilation, emit.Success ? pe.ToArray() : null, emit.Success ? pdb.ToArray() : null, diagnostics, errors);
    }

    internal static Protocol.Diagnostic ToDiagnostic(Microsoft.CodeAnalysis.Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var file = d.Location.IsInSource ? span.Path : "";
        return new Protocol.Diagnostic(
            file,
            d.Location.IsInSource ? span.StartLinePosition.Line + 1 : 0,
            d.Location.IsInSource ? span.StartLinePosition.Character + 1 : 0,
            d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
            d.Id,
            ReportBounds.Cap(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), ReportBounds.DiagnosticMessageChars)!);
    }
}
