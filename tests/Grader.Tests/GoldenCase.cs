using Newtonsoft.Json;

namespace Grader.Tests;

/// <summary>A golden case folder: Golden/&lt;module&gt;/&lt;case&gt;/ with submission/ (or case.json
/// pointing at the reference or starter), expected.json, and optional expectations in case.json
/// that must hold whatever the golden file says.</summary>
public sealed record GoldenCase(string Module, string Name, string Folder)
{
    public CaseSpec Spec { get; } = File.Exists(Path.Combine(Folder, "case.json"))
        ? JsonConvert.DeserializeObject<CaseSpec>(File.ReadAllText(Path.Combine(Folder, "case.json"))) ?? new CaseSpec()
        : new CaseSpec();

    public string SubmissionFolder => Spec.SubmissionFrom switch
    {
        "reference" => Path.Combine(Repo.Root, "reference", Module),
        "starter" => Path.Combine(Repo.Root, "assignments", Module),
        _ => Path.Combine(Folder, "submission"),
    };

    public string ExpectedPath => Path.Combine(Folder, "expected.json");

    public override string ToString() => $"{Module}/{Name}";

    public static IEnumerable<GoldenCase> All() =>
        Directory.GetDirectories(Repo.GoldenRoot).Order(StringComparer.Ordinal)
            .SelectMany(m => Directory.GetDirectories(m).Order(StringComparer.Ordinal)
                .Select(c => new GoldenCase(Path.GetFileName(m), Path.GetFileName(c), c)));
}

public sealed record CaseSpec
{
    /// <summary>"reference" or "starter" to grade those folders instead of submission/.</summary>
    [JsonProperty("submission_from")] public string? SubmissionFrom { get; init; }

    /// <summary>The submission draws from an unseeded Random, so the values its tests plot differ
    /// from run to run: the comparison leaves its figures out (every verdict still counts).</summary>
    [JsonProperty("unseeded_figures")] public bool UnseededFigures { get; init; }

    /// <summary>Expected report status, e.g. "graded", "compile_error".</summary>
    [JsonProperty("status")] public string? Status { get; init; }

    /// <summary>"full", "zero", or a number of points.</summary>
    [JsonProperty("score")] public string? Score { get; init; }

    /// <summary>Tests (name prefixes) that must lose points, each with text its message must contain.</summary>
    [JsonProperty("must_fail")] public IReadOnlyList<FailExpectation> MustFail { get; init; } = [];

    /// <summary>Another case of the same module this one must score exactly as, e.g. a hostile
    /// variant of a wrong submission that must gain nothing from its trick.</summary>
    [JsonProperty("same_score_as")] public string? SameScoreAs { get; init; }

    /// <summary>Limits to grade this case under (configuration keys, e.g. "CompileSeconds": "3"),
    /// so a case that must hit a limit does not spend the default's seconds doing it.</summary>
    [JsonProperty("limits")] public IReadOnlyDictionary<string, string> Limits { get; init; } = new Dictionary<string, string>();

    /// <summary>Text some policy violation's reason must contain.</summary>
    [JsonProperty("violation_contains")] public string? ViolationContains { get; init; }

    /// <summary>For cases with a quiz-answers.txt: the quiz points and each question's status.</summary>
    [JsonProperty("quiz")] public QuizExpectation? Quiz { get; init; }
}

public sealed record FailExpectation
{
    [JsonProperty("test")] public string Test { get; init; } = "";
    [JsonProperty("status")] public string? Status { get; init; }
    [JsonProperty("message_contains")] public string? MessageContains { get; init; }

    /// <summary>The feedback id the lost test must carry, e.g. a catalogued mistake "m04.sigma-prime-of-activation".</summary>
    [JsonProperty("feedback_id")] public string? FeedbackId { get; init; }
}
