namespace Grader.Batch.Lms;

/// <summary>The LMS formats `gradebook --as` knows, by name.</summary>
public static class LmsGradebooks
{
    public static readonly IReadOnlyList<ILmsGradebook> All = [new CanvasGradebook(), new MoodleGradebook(), new BlackboardGradebook()];

    public static ILmsGradebook Named(string name) =>
        All.FirstOrDefault(g => g.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw GraderException.BadInput($"unknown --as '{name}': expected {string.Join(", ", All.Select(g => g.Name))}.");
}
