namespace Grader.Loading;

/// <summary>A submission's quiz-answers.txt as the loader found it: its text, or why it was not read.</summary>
public sealed record QuizAnswerFile(string? Text, string? Problem)
{
    public const string FileName = "quiz-answers.txt";

    public const int MaxBytes = 64 * 1024;

    /// <summary>The file anywhere below <paramref name="folder"/>, like the source files; null when there is none.</summary>
    public static QuizAnswerFile? Read(string folder)
    {
        var path = Directory.Exists(folder) ? SubmissionFiles.Find(folder, FileName).FirstOrDefault() : null;
        if (path is null) return null;
        if (new FileInfo(path).Length > MaxBytes)
            return new QuizAnswerFile(null, $"{FileName} is over {MaxBytes / 1024} KB: it was not read, and the quiz scores nothing.");
        // Answers are ASCII in practice; anything undecodable becomes U+FFFD and fails as an answer, not as a file.
        return new QuizAnswerFile(File.ReadAllText(path, System.Text.Encoding.UTF8), null);
    }
}
