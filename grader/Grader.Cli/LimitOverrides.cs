using System.Globalization;
using Microsoft.Extensions.Configuration;
using Grader.Modules;

namespace Grader.Cli;

/// <summary>Instructor overrides of a module's limits from configuration — the "Limits" section of
/// grader.json, or GRADER_LIMITS__TESTTIMEOUTSECONDS and friends (environment beats file) — for a
/// slower grading machine, say. The manifest's values apply to whatever is not set.</summary>
internal static class LimitOverrides
{
    public static CourseModule Apply(CourseModule module, IConfiguration config)
    {
        var section = config.GetSection("Limits");
        if (!section.Exists()) return module;
        var l = module.Manifest.Limits;
        double D(string key, double fallback) =>
            double.TryParse(section[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
        var limits = l with
        {
            TestTimeoutSeconds = D("TestTimeoutSeconds", l.TestTimeoutSeconds),
            SubmissionTimeoutSeconds = D("SubmissionTimeoutSeconds", l.SubmissionTimeoutSeconds),
            MemoryMb = (int)D("MemoryMb", l.MemoryMb),
            OutputKb = (int)D("OutputKb", l.OutputKb),
        };
        return module with { Manifest = module.Manifest with { Limits = limits } };
    }
}
