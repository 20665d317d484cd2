namespace Grader.Batch;

/// <summary>One submission of a batch: a stable id (the student's folder or zip entry name) and
/// the folder holding its files.</summary>
public sealed record BatchItem(string Id, string Folder);
