namespace Grader.Quiz;

/// <summary>A module's quiz, read and checked: the questions in order and a key for each — or, in
/// a student's repository, no keys at all (answers are then only checked, never compared).</summary>
public sealed record QuizDefinition(IReadOnlyList<QuizQuestion> Questions, IReadOnlyDictionary<string, string> Keys)
{
    public bool HasKeys => Keys.Count > 0;

    public double MaxScore => Math.Round(Questions.Sum(q => q.Points), 6);
}
