namespace Grader.Modules;

/// <summary>Finds the course repository (the folder holding Assignments.sln and assignments/).</summary>
public static class CourseLayout
{
    public static string? FindRoot(string? explicitRoot)
    {
        if (explicitRoot is not null) return IsRoot(explicitRoot) ? Path.GetFullPath(explicitRoot) : null;
        return WalkUp(Directory.GetCurrentDirectory()) ?? WalkUp(AppContext.BaseDirectory);
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
