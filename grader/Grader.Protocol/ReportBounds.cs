namespace Grader.Protocol;

/// <summary>How much of what a submission controls may reach a report. A report stays well under
/// 1 MB (PrairieLearn's limit for a results file) whatever the submission: without these, a 2 KB
/// submission throwing 3 MB messages in every test made a 66 MB report. Applied in the worker (so
/// nothing large crosses the pipe) and again by the supervisor (so the report does not depend on
/// the worker's good behaviour).</summary>
public static class ReportBounds
{
    public const int MessageChars = 4000;
    public const int DiagnosticMessageChars = 500;
    public const int Diagnostics = 100;
    public const int Violations = 100;
    public const int Notes = 50;

    /// <summary>All tests' captured output together.</summary>
    public const int TotalOutputChars = 256 * 1024;

    /// <summary>Compiler messages about the build, not about the student's code (assembly version
    /// unification): one report carried 185 identical CS1701 lines.</summary>
    public static readonly IReadOnlySet<string> IgnoredDiagnostics = new HashSet<string>(StringComparer.Ordinal) { "CS1701", "CS1702", "CS1705" };

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters, saying how much was cut.</summary>
    public static string? Cap(string? text, int max)
    {
        if (text is null || text.Length <= max) return text;
        var cut = max;
        // Never split a surrogate pair: the cut text must stay valid UTF-16 for every format.
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return text[..cut] + $" … ({text.Length - cut:N0} more characters cut)";
    }
}
