namespace Grader.Exporters;

/// <summary>One format that could not be written, and why; the other formats were written.</summary>
public sealed record ExportFailure(string Format, string Target, string Reason)
{
    public override string ToString() => $"could not write the {Format} report to {Target}: {Reason}";
}
