using Grader.Cli;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The progress line rewritten in place on a terminal: any line, any terminal width.</summary>
[TestFixture]
public sealed class ConsoleBatchProgressTests
{
    [TestCase(10, 79)]
    [TestCase(60, 79)]    // used to throw: padded to 79, then cut at 80
    [TestCase(75, 79)]
    [TestCase(200, 79)]
    [TestCase(60, 300)]   // wide terminals: capped at 119
    [TestCase(60, 1)]
    public void The_line_fills_exactly_the_terminal_width(int length, int width)
    {
        var line = new string('x', length);
        var shown = ConsoleBatchProgress.Fit(line, width);
        var expected = Math.Clamp(width, 1, 119);
        Assert.That(shown, Has.Length.EqualTo(expected));
        Assert.That(shown.TrimEnd(), Is.EqualTo(line[..Math.Min(length, expected)]));
    }
}
