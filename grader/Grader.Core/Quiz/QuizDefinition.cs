namespace Grader.Quiz;

/// <summary>A module's quiz, read and checked: the questions in order and a key for each.</summary>
public sealed record QuizDefinition(IReadOnlyList<QuizQuestion> Questions, IReadOnlyDictionary<string, string> Keys)
{
    public double MaxScore => Math.Round(Questions.Sum(q => q.Points), 6);
}
