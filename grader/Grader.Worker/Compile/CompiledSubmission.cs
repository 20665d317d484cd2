using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Worker.Compile;

/// <summary>The result of compiling a submission: the images (null when compilation failed), the
/// compilation itself for the policy walk and for friendly messages, and the diagnostics (as
/// reported, and the compiler's own error objects, whose locations the quarantine needs).</summary>
internal sealed record CompiledSubmission(
    CSharpCompilation Compilation,
    byte[]? Image,
    byte[]? Pdb,
    IReadOnlyList<Protocol.Diagnostic> Diagnostics,
    IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Errors)
{
    public bool Succeeded => Image is not null;
}
