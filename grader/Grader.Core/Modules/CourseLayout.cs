namespace Grader.Modules;

/// <summary>Where a course repository keeps each module's files: the one place that knows the
/// folder names. A module lives under the same slug in assignments/ (the student's side),
/// reference/ (solved) and tests/ (hidden tests, their build output and the quiz key).
/// A <see cref="StudentRepository"/> is one module's exported repository instead (`export`): the
/// module's files at its root, and no hidden tests, reference or quiz key anywhere.</summary>
public sealed record CourseLayout(string Root, bool StudentRepository = false)
{
    public const string ManifestFileName = "module.json";
    public const string QuizQuestionsFileName = "quiz.json";
    public const string QuizKeyFileName = "quiz-key.json";
    public const string PublicTestsFolderName = "PublicTests";

    /// <summary>The build configuration the hidden tests were built in: the grader's own.</summary>
    public const string Configuration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public string AssignmentsRoot => Path.Combine(Root, "assignments");

    public string Assignment(string slug) => StudentRepository ? Root : Path.Combine(AssignmentsRoot, slug);

    public string Manifest(string slug) => Path.Combine(Assignment(slug), ManifestFileName);

    public string PublicTests(string slug) => Path.Combine(Assignment(slug), PublicTestsFolderName);

    public string QuizQuestions(string slug) => Path.Combine(Assignment(slug), QuizQuestionsFileName);

    public string Reference(string slug) => Path.Combine(Root, "reference", slug);

    public string HiddenTests(string slug) => Path.Combine(Root, "tests", slug);

    /// <summary>The hidden tests' build output, which the worker loads (with the reference build beside it).</summary>
    public string HiddenTestsBuild(string slug) => Path.Combine(HiddenTests(slug), "bin", Configuration, "net10.0");

    public string QuizKey(string slug) => Path.Combine(HiddenTests(slug), QuizKeyFileName);

    /// <summary>A path as a message shows it: relative to the course root.</summary>
    public string Shown(string path) => Path.GetRelativePath(Root, path);

    /// <summary>The course root: <paramref name="explicitRoot"/> if it is one, else the nearest
    /// folder holding Assignments.sln and assignments/ above the current folder, else the student
    /// repository the current folder is in (the grader installed as a tool there), else the kit the
    /// grader was built in.</summary>
    public static CourseLayout? Find(string? explicitRoot)
    {
        if (explicitRoot is not null)
            return IsRoot(explicitRoot) ? new CourseLayout(Path.GetFullPath(explicitRoot))
                : IsStudentRepository(explicitRoot) ? new CourseLayout(Path.GetFullPath(explicitRoot), StudentRepository: true) : null;
        var cwd = Directory.GetCurrentDirectory();
        if (WalkUp(cwd) is { } course) return new CourseLayout(course);
        if (StudentRepositoryAbove(cwd) is { } student) return new CourseLayout(student, StudentRepository: true);
        var root = WalkUp(AppContext.BaseDirectory);
        return root is null ? null : new CourseLayout(root);
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that is an exported student
    /// repository: module.json beside the tool manifest `export` writes (.config/dotnet-tools.json).</summary>
    public static string? StudentRepositoryAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (IsStudentRepository(dir.FullName)) return dir.FullName;
        return null;
    }

    private static bool IsStudentRepository(string dir) =>
        File.Exists(Path.Combine(dir, ManifestFileName)) && File.Exists(Path.Combine(dir, ".config", "dotnet-tools.json"));

    private static string? WalkUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (IsRoot(dir.FullName)) return dir.FullName;
        return null;
    }

    private static bool IsRoot(string dir) =>
        File.Exists(Path.Combine(dir, "Assignments.sln")) && Directory.Exists(Path.Combine(dir, "assignments"));
}
