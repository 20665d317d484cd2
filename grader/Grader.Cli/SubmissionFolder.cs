namespace Grader.Cli;

/// <summary>The --submission of grade, check and watch: a folder. A file (often the .zip a
/// student handed in) is refused saying what each command takes.</summary>
internal static class SubmissionFolder
{
    public static string Of(string given, string command)
    {
        var full = Path.GetFullPath(given);
        if (Directory.Exists(full)) return full;
        if (File.Exists(full))
            throw GraderException.BadInput($"--submission {given} is a file: {command} takes a folder; batch takes a .zip (of one folder per student). " +
                                           (given.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? "Unzip it and give the folder." : "Give the folder that holds it."));
        throw GraderException.BadInput($"the submission folder '{given}' does not exist.");
    }
}
