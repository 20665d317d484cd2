namespace Grader.Batch;

/// <summary>What a batch's --submissions holds: the submissions, or why none can be taken.</summary>
/// <param name="Root">The folder whose sub-folders are the students (below a single wrapper folder,
/// when there was one).</param>
/// <param name="Notes">How the input was read, for the instructor (an LMS's download recognised,
/// files left out).</param>
public sealed record SubmissionSet(IReadOnlyList<BatchItem> Items, string? Error, string Root, IReadOnlyList<string> Notes);
