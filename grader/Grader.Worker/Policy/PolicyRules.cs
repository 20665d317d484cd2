using Grader.Protocol;

namespace Grader.Worker.Policy;

/// <summary>Decides whether one external API may be used: bans first (the module's, then the
/// grader's, but for the few it exempts), then the allow-list; anything not allowed is denied.</summary>
internal sealed class PolicyRules(PolicySpec module)
{
    private readonly IReadOnlyList<PolicyBan> _moduleBans = module.Ban;
    private readonly IReadOnlyList<string> _allow = [.. DefaultPolicy.Allow, .. module.Allow];

    /// <param name="ns">Namespace of the outermost containing type, "" for the global namespace.</param>
    /// <param name="typeName">Outermost containing type's full name (namespace-qualified, no generic arity).</param>
    /// <param name="member">Member name, or null when the symbol is the type itself.</param>
    /// <returns>The reason it is denied, or null when it is allowed.</returns>
    public string? Deny(string ns, string typeName, string? member)
    {
        if (Banned(_moduleBans, ns, typeName, member) is { } moduleReason) return moduleReason;
        if (DefaultPolicy.Exempt.Contains("T:" + typeName)) return null;
        if (Banned(DefaultPolicy.Bans, ns, typeName, member) is { } reason) return reason;
        foreach (var a in _allow)
        {
            if (a.StartsWith("T:", StringComparison.Ordinal) && a[2..] == typeName) return null;
            if (!a.StartsWith("N:", StringComparison.Ordinal)) continue;
            var pattern = a[2..];
            if (pattern.EndsWith(".*", StringComparison.Ordinal) ? InNamespace(ns, pattern[..^2]) : ns == pattern) return null;
        }
        return "it is not on this module's list of allowed APIs (System basics, Math, collections, LINQ, and MathNet: its linear algebra, statistics, distributions and top-level helpers)";
    }

    private static string? Banned(IReadOnlyList<PolicyBan> bans, string ns, string typeName, string? member)
    {
        foreach (var ban in bans)
        {
            var s = ban.Symbol;
            if (s.StartsWith("N:", StringComparison.Ordinal) && InNamespace(ns, s[2..])) return ban.Reason;
            if (s.StartsWith("T:", StringComparison.Ordinal) && s[2..] == typeName) return ban.Reason;
            if (s.StartsWith("M:", StringComparison.Ordinal) && member is not null && s[2..] == typeName + "." + member) return ban.Reason;
        }
        return null;
    }

    private static bool InNamespace(string ns, string root) =>
        ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);
}
