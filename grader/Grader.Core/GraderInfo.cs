namespace Grader;

/// <summary>Identity of this grader build, recorded in every report.</summary>
public static class GraderInfo
{
    public const string Version = "0.1.0";

    /// <summary>The course this kit grades, named on the instructor's pages.</summary>
    public const string Course = "Multivariate Calculus for Machine Learning";
}
