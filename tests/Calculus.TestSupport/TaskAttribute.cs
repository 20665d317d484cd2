using NUnit.Framework;

namespace Calculus.TestSupport;

/// <summary>The assignment task a test belongs to (e.g. "central-difference"); the gradebook
/// sums points per task.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TaskAttribute(string task) : PropertyAttribute(PropertyNames.Task, task)
{
}
