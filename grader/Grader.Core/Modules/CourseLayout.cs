namespace Grader.Modules;

/// <summary>Where a course repository keeps each module's files: the one place that knows the
/// folder names. A module lives under the same slug in assignments/ (the student's side),
/// reference/ (solved) and tests/ (hidden tests, their build output and the quiz key).</summary>
public sealed record CourseLayout(string Root)
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

    public string Assignment(string slug) => Path.Combine(AssignmentsRoot, slug);

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
    /// folder holding Assignments.sln and assignments/ above the current folder or the grader.</summary>
    public static CourseLayout? Find(string? explicitRoot)
    {
        if (explicitRoot is not null) return IsRoot(explicitRoot) ? new CourseLayout(Path.GetFullPath(explicitRoot)) : null;
        var root = WalkUp(Directory.GetCurrentDirectory()) ?? WalkUp(AppContext.BaseDirectory);
        return root is null ? null : new CourseLayout(root);
    }

    private static string? WalkUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (IsRoot(dir.FullName)) return dir.FullName;
        return null;
    }

    private static bool IsRoot(string dir) =>
        File.Exists(Path.Combine(dir, "Assignments.sln")) && Directory.Exists(Path.Combine(dir, "assignments"));
}
