using NUnit.Framework.Interfaces;
using Calculus.TestSupport;
using Grader.Protocol;

namespace Grader.Worker.Run;

/// <summary>Reads a test's identity and the grading metadata written on it (points, task,
/// visibility — property names shared with Calculus.TestSupport).</summary>
internal static class TestCatalog
{
    public static TestInfo Describe(ITest test)
    {
        var fixture = test.ClassName is { } c ? c[(c.LastIndexOf('.') + 1)..] : "";
        return new TestInfo
        {
            FullName = test.FullName,
            Name = fixture.Length > 0 ? fixture + "." + test.Name : test.Name,
            Points = Property(test, PropertyNames.Points) is { } p ? Convert.ToDouble(p, System.Globalization.CultureInfo.InvariantCulture) : 0,
            Task = Property(test, PropertyNames.Task) as string,
            // No attribute: visible, as Calculus.TestSupport's TestVisibility.Visible.
            Visibility = Property(test, PropertyNames.Visibility) as string ?? "visible",
        };
    }

    /// <summary>Every runnable test case under <paramref name="root"/>, in run order.</summary>
    public static List<TestInfo> All(ITest root)
    {
        var list = new List<TestInfo>();
        Walk(root, list);
        return list;
    }

    private static void Walk(ITest test, List<TestInfo> list)
    {
        if (!test.IsSuite) { list.Add(Describe(test)); return; }
        foreach (var child in test.Tests) Walk(child, list);
    }

    /// <summary>A property set on the test itself, or else on its fixture (class-level attributes).</summary>
    private static object? Property(ITest test, string name)
    {
        for (var t = test; t is not null; t = t.Parent)
            if (t.Properties.ContainsKey(name)) return t.Properties.Get(name);
        return null;
    }
}
