namespace Grader.Protocol;

/// <summary>A student source file; <see cref="Path"/> is relative to the submission folder.</summary>
public sealed record SourceFile(string Path, string Text);
