using Grader.Pipeline;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>One warm grader per module for the whole run, as a batch would use it.</summary>
[SetUpFixture]
public sealed class Graders
{
    private static readonly Dictionary<string, SubmissionGrader> BySlug = [];
    private static readonly Lock Gate = new();

    public static SubmissionGrader For(string slug)
    {
        lock (Gate)
        {
            if (BySlug.TryGetValue(slug, out var g)) return g;
            var (module, error) = Repo.Catalog.Find(slug);
            if (module is null) throw new InvalidOperationException(error);
            return BySlug[slug] = new SubmissionGrader(module);
        }
    }

    [OneTimeTearDown]
    public async Task DisposeAll()
    {
        foreach (var g in BySlug.Values) await g.DisposeAsync();
        BySlug.Clear();
    }
}
