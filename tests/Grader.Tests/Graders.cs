using Grader.Pipeline;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>One warm grader per module for the whole run, as a batch would use it.</summary>
[SetUpFixture]
public sealed class Graders
{
    private static readonly Dictionary<string, SubmissionGrader> BySlug = [];
    private static readonly Lock Gate = new();

    public static SubmissionGrader For(string slug) => For(slug, new Dictionary<string, string>());

    /// <summary>The module's grader under these limit overrides (one per distinct set).</summary>
    public static SubmissionGrader For(string slug, IReadOnlyDictionary<string, string> limits)
    {
        var key = slug + string.Concat(limits.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $";{l.Key}={l.Value}"));
        lock (Gate)
        {
            if (BySlug.TryGetValue(key, out var g)) return g;
            var (module, error) = Repo.Catalog.Find(slug);
            if (module is null) throw new InvalidOperationException(error);
            var (overridden, invalid) = module.Limits.Override(limits.Select(l => new KeyValuePair<string, string?>(l.Key, l.Value)));
            if (overridden is null) throw new InvalidOperationException(invalid);
            return BySlug[key] = new SubmissionGrader(module with { Limits = overridden });
        }
    }

    [OneTimeTearDown]
    public async Task DisposeAll()
    {
        foreach (var g in BySlug.Values) await g.DisposeAsync();
        BySlug.Clear();
    }
}
