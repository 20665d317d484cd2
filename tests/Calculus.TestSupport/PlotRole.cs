namespace Calculus.TestSupport;

/// <summary>Whose values a series holds: the grader draws the student's, the reference's and guides differently.</summary>
public enum PlotRole
{
    Student,
    Reference,
    Guide,
}
