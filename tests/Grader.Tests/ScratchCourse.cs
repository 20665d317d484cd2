namespace Grader.Tests;

/// <summary>A throw-away copy of the course as a user's kit would be: its own assignments/ (which
/// a test may edit, as a student working there would) and the real hidden tests and references,
/// linked rather than copied (they are built once, and a test never changes them).</summary>
internal sealed class ScratchCourse : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("grader-course-").FullName;

    public ScratchCourse()
    {
        File.Copy(Path.Combine(Repo.Root, "Assignments.sln"), Path.Combine(Root, "Assignments.sln"));
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "assignments"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repo.Root, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj")) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Root, relative))!);
            File.Copy(file, Path.Combine(Root, relative));
        }
        Directory.CreateSymbolicLink(Path.Combine(Root, "tests"), Path.Combine(Repo.Root, "tests"));
        Directory.CreateSymbolicLink(Path.Combine(Root, "reference"), Path.Combine(Repo.Root, "reference"));
    }

    public string Assignment(string slug) => Path.Combine(Root, "assignments", slug);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
