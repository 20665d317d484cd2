using Grader.Modules;

namespace Grader.Platforms.Classroom;

/// <summary>Writes a student's template repository for one module: starter and provided code,
/// public tests, the task README, the student-facing manifest and quiz, a standalone project and
/// the Classroom workflow, and the student's tools: the grader packed as a local .NET tool (see
/// <see cref="StudentTool"/>). Everything else is copied from assignments/&lt;slug&gt;/ by an explicit
/// list: nothing from tests/ or reference/ (nor a quiz key) can end up in it.</summary>
public static class ClassroomTemplate
{
    /// <returns>The relative paths written.</returns>
    public static IReadOnlyList<string> Export(CourseModule module, string outDirectory, double maxScore, StudentTool tool)
    {
        if (Directory.Exists(outDirectory) && Directory.EnumerateFileSystemEntries(outDirectory).Any())
            throw new IOException($"{outDirectory} is not empty; export into a new folder.");
        var written = new List<string>();
        void Write(string relative, string content)
        {
            var path = Path.Combine(outDirectory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            written.Add(relative.Replace(Path.DirectorySeparatorChar, '/'));
        }
        void Copy(string relative) => Write(relative, File.ReadAllText(Path.Combine(module.AssignmentDirectory, relative)));

        var m = module.Manifest;
        foreach (var f in m.EditableFiles.Concat(m.ProvidedFiles)) Copy(f);
        var publicTests = module.Layout.PublicTests(module.Slug);
        if (Directory.Exists(publicTests))
            foreach (var f in Directory.GetFiles(publicTests, "*.cs").Order(StringComparer.Ordinal))
                Copy(Path.Combine(CourseLayout.PublicTestsFolderName, Path.GetFileName(f)));
        foreach (var f in new[] { CourseLayout.ManifestFileName, CourseLayout.QuizQuestionsFileName })
            if (File.Exists(Path.Combine(module.AssignmentDirectory, f))) Copy(f);
        var (questions, _) = Quiz.QuizFile.LoadQuestions(module);
        var runSettings = File.ReadAllText(StudentProject.KitRunSettings(module.Layout));
        var timeout = StudentProject.TestSessionTimeoutSeconds(runSettings)
                      ?? throw new InvalidDataException($"{module.Layout.Shown(StudentProject.KitRunSettings(module.Layout))} sets no TestSessionTimeout.");
        Write("README.md", StudentReadme.For(module, File.ReadAllText(Path.Combine(module.AssignmentDirectory, "README.md")), maxScore,
            questions is null ? null : (questions.Questions.Count, questions.MaxScore), timeout));
        Write(m.Assembly + ".csproj", StudentProject.For(m.Assembly));
        Write(StudentProject.RunSettingsFileName, runSettings);
        Write(Path.Combine(".config", "dotnet-tools.json"), tool.Manifest());
        Write("nuget.config", StudentTool.NuGetConfig());
        Directory.CreateDirectory(Path.Combine(outDirectory, StudentTool.SourceFolder));
        File.Copy(tool.PackagePath, Path.Combine(outDirectory, StudentTool.SourceFolder, tool.FileName));
        written.Add(StudentTool.SourceFolder + "/" + tool.FileName);
        Write(".gitignore", "bin/\nobj/\n.vs/\n.idea/\nTestResults/\n");
        Write(ClassroomWorkflow.Path, ClassroomWorkflow.For(m.Slug, maxScore));
        return written;
    }
}
