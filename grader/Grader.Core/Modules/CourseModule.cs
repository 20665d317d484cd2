namespace Grader.Modules;

/// <summary>A module ready to grade: its manifest and where its files are.</summary>
public sealed record CourseModule(
    ModuleManifest Manifest,
    string AssignmentDirectory,
    string TestsDirectory)
{
    public string Slug => Manifest.Slug;
}
