using Grader.Protocol.Figures;
using Grader.Reports;

namespace Grader.Plots;

/// <summary>The figures a report may show the student, in test order. A hidden test's figure is
/// held back like its message (its details are shown after the deadline).</summary>
public static class ReportFigures
{
    public static IReadOnlyList<Figure> Shown(GradeReport report) =>
        [.. report.Tests.Where(t => t.Visibility == "visible").SelectMany(t => t.Figures ?? [])];

    /// <summary>The file name of the <paramref name="index"/>-th figure (0-based): numbered, so two
    /// figures of one kind do not collide, and named by kind, so a folder of them reads.</summary>
    public static string FileName(int index, Figure figure) =>
        $"{index + 1:00}-{new string([.. figure.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_')])}.svg";
}
