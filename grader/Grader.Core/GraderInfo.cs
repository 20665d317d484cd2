namespace Grader;

/// <summary>Identity of this grader build, recorded in every report.</summary>
public static class GraderInfo
{
    public const string Version = "0.1.0";

    /// <summary>The version and a hash of the grader's sources (see GraderSourceHash.targets):
    /// what a report's fingerprint names as the grader, so a changed grader makes stored reports stale.</summary>
    public const string Build = Version + "+" + GraderSourceHash.Value;

    /// <summary>The course this kit grades, named on the instructor's pages.</summary>
    public const string Course = "Multivariate Calculus for Machine Learning";
}
