namespace Grader.Protocol;

/// <summary>The values of <see cref="QuizOutcome.Status"/>, shared by worker and supervisor.</summary>
public static class QuizStatus
{
    public const string Correct = "correct";

    public const string Wrong = "wrong";

    /// <summary>Not an allowed expression, or it does not compile; nothing of it ran.</summary>
    public const string Invalid = "invalid";

    public const string Missing = "missing";

    /// <summary>The question itself could not be judged (a broken key, a failed worker): the
    /// course's fault, never the student's.</summary>
    public const string Error = "error";
}
