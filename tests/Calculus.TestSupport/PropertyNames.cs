namespace Calculus.TestSupport;

/// <summary>NUnit property names the grader reads; shared so tests and grader cannot drift.</summary>
public static class PropertyNames
{
    public const string Points = "Points";
    public const string Visibility = "Visibility";
    public const string Task = "Task";

    /// <summary>Plot data a test recorded (JSON, one figure per value; see <see cref="Plot"/>).</summary>
    public const string Figure = "Figure";
}
