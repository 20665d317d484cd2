using System.Collections;
using System.Reflection;

namespace Grader.Worker.Run;

/// <summary>NUnit keeps test types and MethodInfos in static dictionaries, which would keep every
/// submission's test tree (and everything its fixtures reference) on the managed heap for the
/// worker's lifetime; cleared after each request, the heap a submission leaves is what
/// <see cref="Retirement"/> measures. The field names are private: NUnit's version is pinned
/// centrally for this reason.</summary>
internal static class NUnitCaches
{
    private static readonly string[] CacheTypes =
    [
        "NUnit.Framework.Internal.Builders.MethodInfoCache",
        "NUnit.Framework.Internal.Builders.TestMetadataCache",
        "NUnit.Framework.Internal.CSharpPatternBasedAwaitAdapter",
    ];

    public static void Clear()
    {
        var nunit = typeof(NUnit.Framework.TestAttribute).Assembly;
        foreach (var name in CacheTypes)
        {
            var type = nunit.GetType(name);
            if (type is null) continue;
            foreach (var f in type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            {
                var value = f.GetValue(null);
                if (value is IDictionary d) d.Clear();
                else value?.GetType().GetMethod("Clear", Type.EmptyTypes)?.Invoke(value, null);
            }
        }
    }
}
