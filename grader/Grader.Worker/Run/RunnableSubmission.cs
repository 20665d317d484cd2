using Microsoft.CodeAnalysis.CSharp;
using Grader.Protocol;
using Grader.Worker.Compile;

namespace Grader.Worker.Run;

/// <summary>What the tests run against: the emitted assembly, the compilation behind it (for
/// messages that name the student's declarations) and the "not graded" markers compiled into it.
/// Built from a compilation here, or from the <see cref="CompiledImage"/> another worker sent.</summary>
internal sealed record RunnableSubmission(
    byte[] Image,
    byte[]? Pdb,
    Lazy<CSharpCompilation?> Compilation,
    string MarkerSecret,
    IReadOnlyCollection<string> Quarantined)
{
    /// <summary>Just compiled and checked in this worker.</summary>
    public static RunnableSubmission Of(CompiledSubmission compiled) =>
        new(compiled.Image!, compiled.Pdb, new Lazy<CSharpCompilation?>(compiled.Compilation), MemberQuarantine.Secret, [.. MemberQuarantine.Issued]);

    /// <summary>Sent by the worker that compiled it; the compilation is rebuilt only if a message needs it.</summary>
    public static RunnableSubmission From(CompiledImage image, Func<CSharpCompilation?> compilation) =>
        new(Convert.FromBase64String(image.Assembly), image.Pdb is null ? null : Convert.FromBase64String(image.Pdb),
            new Lazy<CSharpCompilation?>(compilation), image.MarkerSecret, image.Quarantined);

    public CompiledImage ToImage() => new()
    {
        Assembly = Convert.ToBase64String(Image),
        Pdb = Pdb is null ? null : Convert.ToBase64String(Pdb),
        MarkerSecret = MarkerSecret,
        Quarantined = [.. Quarantined],
    };
}
