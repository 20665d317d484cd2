namespace Grader;

/// <summary>Identity of this grader build, recorded in every report.</summary>
public static class GraderInfo
{
    public const string Version = "0.1.0";
}
