using System.CommandLine;
using Grader;
using Grader.Cli;

var course = new Option<string?>("--course")
{
    Description = "The course repository (holding Assignments.sln). Default: found from the current folder upwards, or GRADER_COURSE.",
    Recursive = true,
};
var root = new RootCommand("Grades C# submissions for the Multivariate Calculus for Machine Learning course.")
{
    course,
    GradeCommand.Create(course),
    CheckCommand.Create(course),
    WatchCommand.Create(course),
    BatchCommand.Create(course),
    MergeCommand.Create(course),
    GradebookCommand.Create(course),
    ExportCommand.Create(course),
    GradescopeCommand.Create(course),
    ModulesCommand.Create(course),
    QuizCommand.Create(course),
};

// Student text in the output cannot act as a GitHub Actions workflow command (WorkflowCommands).
using var commandsOff = WorkflowCommands.Suspend();

// The one error boundary: what stops a command becomes one line on stderr and an exit code
// (ExitCodes), never a stack trace.
try
{
    var parse = root.Parse(args);
    if (ParseErrors.Of(parse) is { Count: > 0 } errors)
    {
        foreach (var line in errors) Console.Error.WriteLine(line);
        return ExitCodes.BadInput;
    }
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (GraderException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return e.IsBadInput ? ExitCodes.BadInput : ExitCodes.InternalError;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("cancelled.");
    return ExitCodes.Cancelled;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return ExitCodes.BadInput;
}
