using System.CommandLine;
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
    MergeCommand.Create(),
    ExportCommand.Create(course),
    GradescopeCommand.Create(course),
    ModulesCommand.Create(course),
    QuizCommand.Create(course),
};
return await root.Parse(args).InvokeAsync();
