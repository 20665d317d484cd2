using NUnit.Framework;

namespace Calculus.TestSupport;

/// <summary>Points a test (or each case of a parameterised test) is worth. The grader reads the
/// "Points" property; a test without it is worth nothing and is reported as informational.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PointsAttribute(double points) : PropertyAttribute(PropertyNames.Points, points)
{
    public double Points { get; } = points;
}
