using Grader.Modules;

namespace Grader.Tests;

/// <summary>Where the course repository is, seen from the test run.</summary>
internal static class Repo
{
    public static readonly string Root = CourseLayout.Find(null)?.Root
        ?? throw new InvalidOperationException("run the tests from inside the course repository");

    public static readonly ModuleCatalog Catalog = new(Root);

    public static string GoldenRoot => Path.Combine(Root, "tests", "Grader.Tests", "Golden");

    /// <summary>Set UPDATE_GOLDEN=1 to rewrite every expected report from the current grader.</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";
}
