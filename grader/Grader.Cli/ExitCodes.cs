namespace Grader.Cli;

/// <summary>0 whenever grading itself worked, whatever the score.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InternalError = 1;
    public const int BadInput = 2;
    /// <summary>`check`: it worked, and some public test fails (so scripts and hooks can stop).</summary>
    public const int TestsFailed = 3;
    public const int Cancelled = 130;
}
