using System.Reflection;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Grader.Worker.Run;

/// <summary>Drives NUnit through its framework API on the calling thread: no test host, no
/// adapter, one load context per submission.</summary>
internal static class TestRun
{
    private static readonly Dictionary<string, object> Settings = new()
    {
        ["NumberOfTestWorkers"] = 0,
        ["SynchronousEvents"] = true,
    };

    public static ITest Load(Assembly tests)
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        return runner.Load(tests, Settings);
    }

    public static void Run(Assembly tests, ITestListener listener, IReadOnlyCollection<string> skip)
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        runner.Load(tests, Settings);
        // NUnit's filter classes are internal; its XML filter language is the public way in.
        ITestFilter filter = skip.Count == 0
            ? TestFilter.Empty
            : TestFilter.FromXml("<filter><not><or>" +
                string.Concat(skip.Select(n => "<test>" + System.Security.SecurityElement.Escape(n) + "</test>")) +
                "</or></not></filter>");
        runner.Run(listener, filter);
    }
}
