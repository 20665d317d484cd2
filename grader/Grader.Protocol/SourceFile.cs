namespace Grader.Protocol;

/// <summary>A source file; <see cref="Path"/> is relative to the submission folder.</summary>
/// <param name="Provided">A course-provided file (never the student's): the worker makes sure
/// nothing the student declares changes what it binds to.</param>
public sealed record SourceFile(string Path, string Text, bool Provided = false);
