namespace Grader.Protocol;

/// <summary>A use of a forbidden API: what, where, inside which member, and why it is forbidden.</summary>
public sealed record PolicyViolation(string Symbol, string File, int Line, int Column, string Member, string Reason)
{
    public override string ToString() => $"{File}({Line},{Column}): {Symbol} is not allowed here: {Reason}";
}
