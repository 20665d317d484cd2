namespace Calculus.TestSupport;

/// <summary>When a student may see a test's result (Gradescope's vocabulary).</summary>
public enum TestVisibility
{
    Visible,
    Hidden,
    AfterDueDate,
    AfterPublished,
}
