using NUnit.Framework;

namespace Calculus.TestSupport;

/// <summary>Plain conditions with a student-facing message, for checks that are not numeric
/// comparisons (a flag, a count, finiteness).</summary>
public static class Check
{
    public static void That(bool condition, string message)
    {
        if (!condition) Assert.Fail(message);
    }

    public static void Finite(double value, string what, string? hint = null)
    {
        if (double.IsFinite(value)) return;
        Assert.Fail($"{what}: expected a finite number, got {Fmt.Num(value)}." + (hint is null ? "" : " " + hint));
    }
}
