namespace Calculus.TestSupport;

/// <summary>Text from the submission (an exception's message) quoted in a test's failure message.
/// The grader names a catalogued mistake from "Mistake [mNN.id]:" in that message; a student who
/// throws such text would otherwise have their exception counted as that mistake in the class's
/// tally, so the bracket is changed where the student wrote it.</summary>
public static class StudentText
{
    public static string Quote(string? text) =>
        (text ?? "").Replace("Mistake [", "Mistake (", StringComparison.Ordinal);
}
