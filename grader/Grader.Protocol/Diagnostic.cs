namespace Grader.Protocol;

/// <summary>A compiler message located in a student file (path relative to the submission).</summary>
public sealed record Diagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
}
