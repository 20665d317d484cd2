namespace Grader.Protocol;

/// <summary>The API policy in force for one module: the grader's defaults plus the manifest's
/// additions. Symbols are documentation-id prefixed: N: namespace, T: type, M: member.</summary>
public sealed record PolicySpec
{
    public IReadOnlyList<string> Allow { get; init; } = [];

    public IReadOnlyList<PolicyBan> Ban { get; init; } = [];
}

public sealed record PolicyBan(string Symbol, string Reason);
