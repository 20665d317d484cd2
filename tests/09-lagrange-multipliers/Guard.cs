using Calculus.TestSupport;
using NUnit.Framework;

namespace LagrangeMultipliers.HiddenTests;

/// <summary>Calls into the submission that turn an unexpected exception into a failure whose
/// message says what was called and what to do instead. Exceptions the grader itself explains
/// (not implemented yet, cut out by the grader, a changed signature) pass through untouched.</summary>
internal static class Guard
{
    public static T Call<T>(Func<T> call, string what, string advice = "")
    {
        try
        {
            return call();
        }
        catch (Exception e) when (!PassThrough(e))
        {
            Assert.Fail($"{what} threw {e.GetType().Name}: {StudentText.Quote(e.Message)} {advice}".TrimEnd());
            throw; // not reached: Assert.Fail throws
        }
    }

    private static bool PassThrough(Exception e) =>
        e is NotImplementedException or NotSupportedException or MissingMemberException or TypeLoadException
            or MemberAccessException or OutOfMemoryException or InsufficientExecutionStackException
            or AssertionException or InconclusiveException or IgnoreException or SuccessException;
}
