using NUnit.Framework;

namespace Calculus.TestSupport;

/// <summary>Who sees this test's result and when. Tests without it are visible.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class VisibilityAttribute(TestVisibility visibility)
    : PropertyAttribute(PropertyNames.Visibility, ToWire(visibility))
{
    public static string ToWire(TestVisibility v) => v switch
    {
        TestVisibility.Hidden => "hidden",
        TestVisibility.AfterDueDate => "after_due_date",
        TestVisibility.AfterPublished => "after_published",
        _ => "visible",
    };
}
