using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Worker.Compile;

/// <summary>Source the compiler cannot finish (a switch expression with tens of thousands of arms
/// runs Roslyn out of memory) is the student's compile failure, not the grader's: the largest
/// member of the student's files is cut out, as a member that does not compile is, and the rest is
/// compiled again. Found by size, since binding it is what fails.</summary>
internal static class CompilerExhaustion
{
    public static bool IsExhaustion(Exception e) => e is OutOfMemoryException or InsufficientExecutionStackException;

    /// <returns>The compilation with the largest student member stubbed out, and that member's name;
    /// null when there is no member to cut.</returns>
    public static (CSharpCompilation compilation, string member, FileLinePositionSpan at)? CutLargestMember(CSharpCompilation compilation, IReadOnlySet<string> providedFiles)
    {
        var largest = SubmissionCompiler.StudentTrees(compilation, providedFiles)
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
            .Where(m => m is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax or FieldDeclarationSyntax)
            .MaxBy(m => m.Span.Length);
        if (largest is null) return null;
        var name = Name(largest);
        var reason = $"{name} is too large for the compiler: it ran out of memory compiling it. Write it as a loop or a lookup table instead.";
        var trees = MemberQuarantine.Rewrite(compilation, [(largest.GetLocation(), reason)], MemberQuarantine.CompileMarker);
        return trees is null ? null : (compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(trees), name, largest.GetLocation().GetLineSpan());
    }

    private static string Name(MemberDeclarationSyntax member)
    {
        var type = member.Parent is BaseTypeDeclarationSyntax t ? t.Identifier.ValueText + "." : "";
        return type + member switch
        {
            MethodDeclarationSyntax m => m.Identifier.ValueText,
            PropertyDeclarationSyntax p => p.Identifier.ValueText,
            FieldDeclarationSyntax f => f.Declaration.Variables.First().Identifier.ValueText,
            ConstructorDeclarationSyntax c => c.Identifier.ValueText,
            _ => "a member",
        };
    }
}
