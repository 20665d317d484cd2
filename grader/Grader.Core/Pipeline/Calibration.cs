using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Grader.Loading;
using Grader.Modules;
using Grader.Protocol;
using Grader.Workers;

namespace Grader.Pipeline;

/// <summary>What each hidden test costs the reference solution in CPU time on this machine:
/// measured by grading the reference through the same pipeline as any submission, then kept beside
/// the hidden tests' build (<see cref="FileName"/>) until the tests or the reference change. Test
/// limits are derived from it (<see cref="TimeLimits"/>), so no module author guesses seconds and a
/// slower machine needs no hand-tuned limits.</summary>
public static class Calibration
{
    public const string FileName = "reference-cost.json";

    /// <summary>The same for the public tests a check runs, beside it.</summary>
    public const string PublicFileName = "reference-public-cost.json";

    /// <summary>A reference test's own limit while it is measured: it only bounds a broken reference.</summary>
    private static readonly TimeSpan MeasuringLimit = TimeSpan.FromSeconds(120);

    private static readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyDictionary<string, double>>>> Measured = new();

    /// <summary>The limits for grading this module's submissions; calibrated once per process and
    /// machine (the batch's parallel slots share one measurement).</summary>
    public static async Task<TimeLimits> LimitsAsync(CourseModule module, WorkerSession session, CancellationToken ct)
    {
        var costs = await Measured.GetOrAdd(module.TestsDirectory,
            _ => new Lazy<Task<IReadOnlyDictionary<string, double>>>(() => LoadOrMeasureAsync(module, session, FileName, "",
                loaded => WorkerRequests.Grade(module, loaded), ct))).Value;
        return Uncalibrated(module) with { ReferenceCpuMs = costs };
    }

    /// <summary>The limits for a check's public tests: calibrated on the reference like the hidden
    /// tests' where the kit has it (an infinite loop then stops after the 0.5 s floor, not after
    /// the module's uncalibrated 5 s); a student repository has no reference and keeps those.
    /// A check's timeouts are not tried again (<see cref="TimeLimits.RetryTimeouts"/>).</summary>
    public static async Task<TimeLimits> CheckLimitsAsync(CourseModule module, WorkerSession session, IReadOnlyList<SourceFile> publicTests, CancellationToken ct)
    {
        var uncalibrated = Uncalibrated(module) with { RetryTimeouts = false };
        if (publicTests.Count == 0 || !Directory.Exists(module.TestsDirectory)) return uncalibrated;
        var costs = await Measured.GetOrAdd(module.TestsDirectory + "\0public",
            _ => new Lazy<Task<IReadOnlyDictionary<string, double>>>(() => LoadOrMeasureAsync(module, session, PublicFileName,
                string.Join("\n", publicTests.Select(t => t.Path + "\n" + t.Text)), loaded => WorkerRequests.Check(module, loaded, publicTests), ct))).Value;
        return uncalibrated with { ReferenceCpuMs = costs };
    }

    /// <summary>The limits before any measurement: what a check (public tests) or a course without
    /// its reference solution grades with.</summary>
    public static TimeLimits Uncalibrated(CourseModule module) => new()
    {
        Uncalibrated = TimeSpan.FromSeconds(module.Limits.TestTimeoutSeconds),
        Compile = TimeSpan.FromSeconds(module.Limits.CompileSeconds),
        Submission = module.Limits.SubmissionTimeoutSeconds > 0 ? TimeSpan.FromSeconds(module.Limits.SubmissionTimeoutSeconds) : null,
    };

    private static async Task<IReadOnlyDictionary<string, double>> LoadOrMeasureAsync(CourseModule module, WorkerSession session, string fileName,
        string alsoStamped, Func<LoadedSubmission, WorkerRequest> request, CancellationToken ct)
    {
        var reference = module.Layout.Reference(module.Slug);
        if (!Directory.Exists(reference)) return new Dictionary<string, double>();
        var loaded = SubmissionLoader.Load(module, reference);
        if (loaded.Error is not null) return new Dictionary<string, double>();
        var stamp = Stamp(module, loaded, alsoStamped);
        var path = Path.Combine(module.TestsDirectory, fileName);
        if (Read(path) is { } saved && saved.Stamp == stamp) return saved.CpuMs;

        var run = await session.GradeAsync(request(loaded), Uncalibrated(module) with { Uncalibrated = MeasuringLimit }, ct);
        var costs = run.Tests.Where(t => t.Value.Status == TestStatus.Passed).ToDictionary(t => t.Key, t => t.Value.CpuMs);
        Write(path, new CostFile { Stamp = stamp, CpuMs = costs, MeasuredAt = DateTimeOffset.UtcNow });
        return costs;
    }

    /// <summary>What the measurement depends on: the hidden tests' build and the reference's sources.</summary>
    private static string Stamp(CourseModule module, LoadedSubmission reference, string alsoStamped)
    {
        var tests = new FileInfo(Path.Combine(module.TestsDirectory, module.Manifest.TestsAssembly + ".dll"));
        var text = string.Join("\n", reference.Sources.Select(s => s.Path + "\n" + s.Text)) + alsoStamped;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
        return $"{tests.Length}-{tests.LastWriteTimeUtc.Ticks}-{hash}-{Environment.ProcessorCount}";
    }

    private static CostFile? Read(string path)
    {
        try { return File.Exists(path) ? JsonConvert.DeserializeObject<CostFile>(File.ReadAllText(path)) : null; }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>Best effort: a read-only kit measures again next time.</summary>
    private static void Write(string path, CostFile file)
    {
        try
        {
            File.WriteAllText(path + ".tmp", JsonConvert.SerializeObject(file, Formatting.Indented));
            File.Move(path + ".tmp", path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private sealed record CostFile
    {
        [JsonProperty("stamp")] public string Stamp { get; init; } = "";
        [JsonProperty("measured_at")] public DateTimeOffset MeasuredAt { get; init; }
        [JsonProperty("cpu_ms")] public Dictionary<string, double> CpuMs { get; init; } = [];
    }
}
