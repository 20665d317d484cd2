namespace Grader.Protocol;

/// <summary>A quiz question's verdict, shared by worker and supervisor.</summary>
public enum QuizStatus
{
    Correct,
    Wrong,

    /// <summary>Not an allowed expression, or it does not compile; nothing of it ran.</summary>
    Invalid,

    Missing,

    /// <summary>Checked without the key (a student's own machine, where the key never is): the
    /// answer is an allowed expression and compiles; it is graded against the key on hand-in.</summary>
    Accepted,

    /// <summary>The question itself could not be judged (a broken key, a failed worker): the
    /// course's fault, never the student's.</summary>
    Error,
}
