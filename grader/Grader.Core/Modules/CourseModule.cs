namespace Grader.Modules;

/// <summary>A module ready to grade: its manifest, where its files are, and the limits in force
/// (the manifest's, with any configured overrides applied).</summary>
public sealed record CourseModule(ModuleManifest Manifest, CourseLayout Layout, ModuleLimits Limits)
{
    public string Slug => Manifest.Slug;

    public string AssignmentDirectory => Layout.Assignment(Slug);

    /// <summary>The compiled hidden tests, loaded by the worker.</summary>
    public string TestsDirectory => Layout.HiddenTestsBuild(Slug);
}
